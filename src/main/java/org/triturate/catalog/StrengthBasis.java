package org.triturate.catalog;

/**
 * What an active's labelled strengths state: the active moiety (the base: "sertraline 50 mg" is 50 mg of sertraline
 * given as about 56 mg of the hydrochloride) or the salt itself ("bupropion hydrochloride 150 mg").
 */
public enum StrengthBasis {
    MOIETY,
    SALT
}
