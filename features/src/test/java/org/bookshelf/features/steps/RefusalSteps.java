package org.bookshelf.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import org.bookshelf.features.driver.CatalogueRefusal;

/** Why the catalogue said no. */
public class RefusalSteps {

    private final CatalogueWorld world;

    public RefusalSteps(CatalogueWorld world) {
        this.world = world;
    }

    @Then("the catalogue refuses: {refusal}")
    public void theCatalogueRefuses(ExpectedRefusal expected) {
        CatalogueRefusal refusal = world.takeRefusal();
        assertThat(refusal.outcome())
                .as("why the catalogue refused (%s)", refusal.getMessage())
                .isEqualTo(expected.outcome());
        if (expected.field() != null) {
            assertThat(refusal.fields())
                    .as("what the catalogue found wrong (%s)", refusal.getMessage())
                    .contains(expected.field());
        }
    }

    /** A refusal that no step examined means the scenario did not go as it says. */
    @After
    public void noRefusalWentUnexamined(Scenario scenario) {
        if (!scenario.isFailed()) {
            world.requireNoUnexaminedRefusal();
        }
    }
}
