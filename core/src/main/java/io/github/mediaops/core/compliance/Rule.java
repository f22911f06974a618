package io.github.mediaops.core.compliance;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.Set;

/**
 * One rule of the layer over the dictionary, written as data in a dictionary file (see {@link Dictionary}) so that a
 * host can add, replace ({@link Dictionary#merge}) and disable ({@link Dictionary#withoutRules}) rules as it does
 * terms. Three kinds:
 * <ul>
 *   <li>{@link Kind#PAIR}: a word of {@code first} followed, in the same clause and at most {@code gap} characters
 *       later, by a word of {@code second} is a finding of {@code category} (disease × treatment verb, 最 × adjective,
 *       number + time unit × effect, comparator × drug);</li>
 *   <li>{@link Kind#CLAIM}: every word of {@code first} is a finding when the text conditions hold (special-use
 *       claims when an ordinary cosmetic is named in the text);</li>
 *   <li>{@link Kind#CONTEXT}: qualifies the findings of {@code categories} (all of them, or only those of
 *       {@code terms}) whose surroundings match: {@link Action#ALLOW} drops them (a negation, a business philosophy,
 *       a specification, an official name, a required statement), {@link Action#REVIEW} turns them into
 *       {@link Verdict#REVIEW} (a fact limited in time and place), {@link Action#RECATEGORISE} moves them to
 *       {@code target} (a return promise in property advertising).</li>
 * </ul>
 * Conditions, all that are given must hold (within one list any word suffices): {@code before} ends at most
 * {@code gap} characters before the finding in its clause; {@code after} starts at most {@code gap} characters after
 * it in its clause; {@code clause} and {@code clause2} occur in the finding's clause; {@code text} occurs anywhere in
 * the text; no word of {@code unless} occurs in the text and none of {@code unlessClause} in the clause. A clause ends at
 * {@code 。！？；，,.!?;} or a line break.
 *
 * @param id           unique id, e.g. {@code medical.disease-verb}
 * @param kind         pair, claim or context
 * @param categories   the category of its findings (pair, claim: exactly one) or the categories it qualifies (context)
 * @param verdict      the verdict of its findings (pair, claim)
 * @param action       what a context rule does (context; {@code null} otherwise)
 * @param target       the new category of {@link Action#RECATEGORISE}, else {@code null}
 * @param severity     the severity of its findings
 * @param basis        the article it enforces (for an allowing context rule: the provision that permits)
 * @param reason       the reason given in its findings
 * @param suggestion   a suggested rewrite; may be empty
 * @param first        pair: left words; claim: the words
 * @param second       pair: right words
 * @param gap          maximum characters between the parts (pair) or between a cue and the finding (before, after)
 * @param before       see above
 * @param after        see above
 * @param clause       see above
 * @param clause2      see above
 * @param text         see above
 * @param unless       see above
 * @param unlessClause see above
 * @param terms        context: the dictionary terms or rule words it applies to; empty means all of its categories
 * @param examples     texts it is written for (violating for pair and claim, qualified for context)
 */
public record Rule(String id, Kind kind, List<Category> categories, Verdict verdict, Action action, Category target,
                   Severity severity, String basis, String reason, String suggestion, List<String> first,
                   List<String> second, @JsonProperty(required = true) int gap, List<String> before, List<String> after, List<String> clause,
                   List<String> clause2, List<String> text, List<String> unless, List<String> unlessClause,
                   Set<String> terms, List<String> examples) {
    /** The kind of a rule. */
    public enum Kind {
        /** {@code first} then {@code second} in one clause. */
        PAIR,
        /** Each word of {@code first}, under the text conditions. */
        CLAIM,
        /** Qualifies other findings by their surroundings. */
        CONTEXT
    }

    /** What a {@link Kind#CONTEXT} rule does to the findings it matches. */
    public enum Action {
        /** Not a violation: drop the finding. */
        ALLOW,
        /** Depends on facts: {@link Verdict#REVIEW}. */
        REVIEW,
        /** Same words, another article: move to {@code target}. */
        RECATEGORISE
    }

    public Rule {
        Checks.notBlank(id, "id");
        Checks.notNull(kind, "kind");
        categories = Checks.listOf(categories, "categories");
        Checks.notNull(severity, "severity");
        Checks.notBlank(basis, "basis");
        Checks.notBlank(reason, "reason");
        Checks.notNull(suggestion, "suggestion");
        first = Checks.notBlankEach(first, "first");
        second = Checks.notBlankEach(second, "second");
        Checks.nonNegative(gap, "gap");
        before = Checks.notBlankEach(before, "before");
        after = Checks.notBlankEach(after, "after");
        clause = Checks.notBlankEach(clause, "clause");
        clause2 = Checks.notBlankEach(clause2, "clause2");
        text = Checks.notBlankEach(text, "text");
        unless = Checks.notBlankEach(unless, "unless");
        unlessClause = Checks.notBlankEach(unlessClause, "unlessClause");
        terms = Checks.setOf(terms, "terms");
        examples = Checks.listOf(examples, "examples");
        if (categories.isEmpty()) {
            throw new InvalidValueException("categories", "rule " + id + ": at least one category");
        }
        switch (kind) {
            case PAIR, CLAIM -> {
                Checks.notNull(verdict, "verdict");
                if (categories.size() != 1 || first.isEmpty() || (kind == Kind.PAIR) == second.isEmpty()) {
                    throw new InvalidValueException("first", "rule " + id + ": a " + kind
                            + " rule needs one category, first words" + (kind == Kind.PAIR ? " and second words" : " and no second words"));
                }
            }
            case CONTEXT -> {
                Checks.notNull(action, "action");
                if (action == Action.RECATEGORISE && target == null) {
                    throw new InvalidValueException("target", "rule " + id + ": recategorise needs a target category");
                }
                if (before.isEmpty() && after.isEmpty() && clause.isEmpty() && clause2.isEmpty() && text.isEmpty()) {
                    throw new InvalidValueException("before", "rule " + id + ": a context rule needs a condition");
                }
            }
            default -> throw new IllegalStateException();
        }
    }
}
