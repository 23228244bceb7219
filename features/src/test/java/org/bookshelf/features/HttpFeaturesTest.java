package org.bookshelf.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Runs every feature over HTTP, against the running service ({@code stack.http.HttpStack}). How suites,
 * glue and stacks fit together: see {@link InMemoryFeaturesTest}.
 */
@Suite
@SuiteDisplayName("Features over HTTP")
@IncludeEngines("cucumber")
@SelectPackages("org.bookshelf.features")
@ConfigurationParameter(
        key = GLUE_PROPERTY_NAME,
        value = "org.bookshelf.features.steps,org.bookshelf.features.stack.http")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "html:target/cucumber/http.html")
public class HttpFeaturesTest {}
