package org.bookshelf.features.steps;

import static java.util.Map.entry;

import io.cucumber.java.ParameterType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bookshelf.features.driver.Outcome;

/** The phrases the features use for lists of names, numbered series, counts and refusals. */
public class ParameterTypes {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern SERIES = Pattern.compile("\"([^\"]*?)(\\d+)\" to \"([^\"]*?)(\\d+)\"");

    /** Each reason a feature can give for a refusal; {@link #refusal} must match every one of them. */
    private static final Map<String, ExpectedRefusal> REFUSALS = Map.ofEntries(
            entry("there is no such book", new ExpectedRefusal(Outcome.NOT_FOUND, null)),
            entry("there is no such author", new ExpectedRefusal(Outcome.NOT_FOUND, null)),
            entry("the author is still credited", new ExpectedRefusal(Outcome.STILL_CREDITED, null)),
            entry("the ISBN belongs to another book", new ExpectedRefusal(Outcome.DUPLICATE_ISBN, null)),
            entry("an author is not in the catalogue", new ExpectedRefusal(Outcome.UNKNOWN_AUTHOR, null)),
            entry("the book has no room for another author", new ExpectedRefusal(Outcome.AUTHORSHIP_FULL, null)),
            entry("the book has changed since", new ExpectedRefusal(Outcome.STALE_VERSION, null)),
            entry("the author has changed since", new ExpectedRefusal(Outcome.STALE_VERSION, null)),
            entry("the title is not acceptable", new ExpectedRefusal(Outcome.INVALID, "title")),
            entry("the name is not acceptable", new ExpectedRefusal(Outcome.INVALID, "name")),
            entry("the ISBN is not acceptable", new ExpectedRefusal(Outcome.INVALID, "isbn")),
            entry("the year of publication is not acceptable", new ExpectedRefusal(Outcome.INVALID, "published_year")),
            entry("the list of authors is not acceptable", new ExpectedRefusal(Outcome.INVALID, "authors")),
            entry("the page size is not acceptable", new ExpectedRefusal(Outcome.INVALID, "limit")),
            entry("the page marker is not acceptable", new ExpectedRefusal(Outcome.INVALID, "cursor")),
            entry("the search text is not acceptable", new ExpectedRefusal(Outcome.INVALID, "q")),
            entry("the key came with another registration", new ExpectedRefusal(Outcome.KEY_REUSED, null)),
            entry("what the key registered has been deleted", new ExpectedRefusal(Outcome.GONE, null)));

    /** {@code "Ann Leckie"}, {@code "Terry Pratchett" and "Neil Gaiman"}, {@code "A", "B" and "C"}. */
    @ParameterType(name = "names", value = "\"[^\"]*\"(?:(?:, | and )\"[^\"]*\")*")
    public List<String> names(String written) {
        return QUOTED.matcher(written).results().map(match -> match.group(1)).toList();
    }

    /** {@code "Volume 01" to "Volume 25"}. */
    @ParameterType(name = "series", value = "\"[^\"]*?\\d+\" to \"[^\"]*?\\d+\"")
    public Series series(String written) {
        Matcher ends = SERIES.matcher(written);
        if (!ends.matches()) {
            throw new IllegalArgumentException("not a series: " + written);
        }
        return Series.between(ends.group(1), ends.group(2), ends.group(3), ends.group(4));
    }

    /** {@code 10, 10 and 5}. */
    @ParameterType(name = "counts", value = "\\d+(?:(?:, | and )\\d+)*")
    public List<Integer> counts(String written) {
        return Arrays.stream(written.split(", | and ")).map(Integer::valueOf).toList();
    }

    @ParameterType(
            name = "refusal",
            value = "there is no such (?:book|author)"
                    + "|the author is still credited"
                    + "|the ISBN belongs to another book"
                    + "|an author is not in the catalogue"
                    + "|the book has no room for another author"
                    + "|the (?:book|author) has changed since"
                    + "|the (?:title|name|ISBN|year of publication|list of authors|page size|page marker|search text)"
                    + " is not acceptable"
                    + "|the key came with another registration"
                    + "|what the key registered has been deleted")
    public ExpectedRefusal refusal(String written) {
        ExpectedRefusal expected = REFUSALS.get(written);
        if (expected == null) {
            throw new IllegalArgumentException("no outcome is known for the refusal \"" + written + "\"");
        }
        return expected;
    }
}
