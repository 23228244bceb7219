package org.bookshelf.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Runs every feature through the use cases on the MyBatis adapter on embedded MariaDB.
 *
 * <p>The same features as {@link InMemoryFeaturesTest}, glued to {@code stack.mariadb}.
 */
@Suite
@SuiteDisplayName("Features on the MyBatis adapter on embedded MariaDB")
@IncludeEngines("cucumber")
@SelectPackages("org.bookshelf.features")
@ConfigurationParameter(
        key = GLUE_PROPERTY_NAME,
        value = "org.bookshelf.features.steps,org.bookshelf.features.stack.mariadb")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "html:target/cucumber/mariadb.html")
public class MariaDbFeaturesTest {}
