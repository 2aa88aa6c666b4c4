package shaktiman.core.index.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.index.lang.ErbScanner.CodeRange;

/** Verifies that the ERB scanner finds IX-17's code ranges and builds a Ruby view in the template's coordinates. */
class ErbScannerTest {

    @Test
    void codeRanges_ofEveryTagForm_excludeTheDelimitersAndTrimMarkers() {
        String template = "<% a %>x<%= b %>y<%- c -%>";

        List<CodeRange> ranges = ErbScanner.codeRanges(template);

        assertThat(ranges)
                .extracting(range -> template.substring(range.start(), range.end()))
                .containsExactly(" a ", " b ", " c ");
    }

    @Test
    void codeRanges_commentsAndLiterals_areNotCode() {
        String template = "<%# note %><%% literal %> <% real %>";

        List<CodeRange> ranges = ErbScanner.codeRanges(template);

        assertThat(ranges)
                .extracting(range -> template.substring(range.start(), range.end()))
                .containsExactly(" real ");
    }

    @Test
    void codeRanges_tagLeftOpen_runsToTheEnd() {
        String template = "text <% tail";

        assertThat(ErbScanner.codeRanges(template)).containsExactly(new CodeRange(7, 12));
    }

    @Test
    void rubyView_blanksTemplateText_keepingNewlinesLengthAndCode() {
        String template = "<h1>é</h1>\n<% @users.each do |u| %>\n  <%= u.name %>\n<% end %>\n";

        String view = ErbScanner.rubyView(template);

        assertThat(view)
                .hasSameSizeAs(template)
                .isEqualTo("          \n   @users.each do |u| ; \n      u.name ; \n   end ; \n");
    }

    @Test
    void rubyView_withoutTags_isAllBlank() {
        assertThat(ErbScanner.rubyView("plain\ntext")).isEqualTo("     \n    ");
    }
}
