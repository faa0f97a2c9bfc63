package org.triturate.common.rule;

import java.util.List;

/**
 * One rule of one stage: a small pure function of the stage's facts. It answers zero or more findings: a pass, a
 * warning, or one blocking finding per offending field, so that every fault is reported at once.
 *
 * @param <F> the facts of the stage the rule judges
 */
@FunctionalInterface
public interface Rule<F> {

    List<Finding> check(F facts);
}
