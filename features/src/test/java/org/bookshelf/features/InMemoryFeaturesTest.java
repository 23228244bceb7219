package org.bookshelf.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Runs every feature through the use cases on the in-memory store.
 *
 * <p>Each stack has a suite like this one. It selects the same features and glues the shared steps
 * ({@code org.bookshelf.features.steps}) to a package of its own under {@code org.bookshelf.features.stack},
 * which holds the stack's {@code @CucumberContextConfiguration}: a Spring configuration that imports
 * {@code StepsConfiguration} and provides a scenario-scoped {@code CatalogueDriver} on an empty
 * catalogue. See the README, "Living documentation".
 */
@Suite
@SuiteDisplayName("Features on the in-memory store")
@IncludeEngines("cucumber")
@SelectPackages("org.bookshelf.features")
@ConfigurationParameter(
        key = GLUE_PROPERTY_NAME,
        value = "org.bookshelf.features.steps,org.bookshelf.features.stack.memory")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "html:target/cucumber/in-memory.html")
public class InMemoryFeaturesTest {}
