package org.triturate.compounding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.triturate.catalog.StrengthBasis;

class LabelNameTest {

    @Test
    void aBaseStrengthFollowsTheCapitalisedMoietyAndTheSaltIsNamedApart() {
        assertEquals(
                new LabelName("Sertraline", "sertraline hydrochloride"),
                LabelName.of("Sertraline hydrochloride", "sertraline", StrengthBasis.MOIETY));
        assertEquals(
                new LabelName("Ketamine", "ketamine hydrochloride"),
                LabelName.of("Ketamine hydrochloride", "ketamine", StrengthBasis.MOIETY));
    }

    @Test
    void anIngredientNamedAsItsMoietyNeedsNoSaltNamed() {
        assertEquals(
                new LabelName("Mirtazapine", null), LabelName.of("Mirtazapine", "mirtazapine", StrengthBasis.MOIETY));
    }

    @Test
    void aSaltStrengthFollowsTheIngredientsOwnName() {
        assertEquals(
                new LabelName("Bupropion hydrochloride", null),
                LabelName.of("Bupropion hydrochloride", "bupropion", StrengthBasis.SALT));
    }

    @Test
    void anUnknownBasisKeepsTheIngredientsName() {
        assertEquals(new LabelName("Testoxetine", null), LabelName.of("Testoxetine", null, null));
        assertEquals(
                new LabelName("Testoxetine mesylate", null), LabelName.of("Testoxetine mesylate", "testoxetine", null));
    }
}
