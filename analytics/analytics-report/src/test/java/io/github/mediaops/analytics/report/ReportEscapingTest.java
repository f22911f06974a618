package io.github.mediaops.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.kpi.Direction;
import io.github.mediaops.core.kpi.KpiDefinition;
import io.github.mediaops.core.kpi.KpiUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Host text that looks like markup must come out as the same text. The Markdown is read back with
 * commonmark-java (the CommonMark reference implementation for Java, with its GFM tables extension),
 * not with our own code.
 */
class ReportEscapingTest {
    static final String FENCE = "```js\nalert(1)\n```";
    static final String TILDES = "~~~\nnot code\n~~~";
    static final String MARKERS = "- not a list\n+ nor this\n1. nor this\n2) nor this\n# not a heading\n> not a quote\n"
            + "    not code\n===\n---\n***";
    static final String INLINE = "*em* _em_ **strong** `code` [link](http://x) <b>tag</b> &amp; \\ ~~strike~~ <!-- c -->";
    static final String CELL = "a | b\nsecond line | c";

    static Report hostile() {
        KpiDefinition kpi = new KpiDefinition("custom_kpi", CELL, "<script>alert('f')</script>", KpiUnit.COUNT,
                Direction.HIGHER_IS_BETTER);
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("<i>收入</i> | \"q\"", List.of(1.0, 2.0));
        series.put("花费 & 'more'", List.of(3.0, 4.0));
        LocalDate d = LocalDate.of(2026, 11, 2);
        return Report.builder("<script>alert(1)</script> | title", DateRange.of(d, d.plusDays(1)))
                .summary(FENCE)
                .kpi(KpiLine.measured(kpi, 10).against(12))
                .section("## heading | " + INLINE, List.of(TILDES, MARKERS, INLINE),
                        new Chart.Bars("</svg><script>x</script>", List.of(CELL, "```"), series, Chart.Axis.labelled("<y> & \"axis\"")),
                        new Chart.Trend("t & t", List.of(d, d.plusDays(1)), series, Chart.Axis.labelled("' onload='x")))
                .lesson(FENCE)
                .nextAction(MARKERS)
                .build();
    }

    @Test
    void html_shows_host_text_as_text_and_every_chart_is_well_formed_xml() throws Exception {
        String html = HtmlRenderer.render(hostile(), ReportOptions.of(Locale.SIMPLIFIED_CHINESE));
        assertThat(html).doesNotContain("<script").doesNotContain("<i>").doesNotContain("<b>").doesNotContain("' onload");
        assertThat(html).contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; | title</title>",
                "title=\"&lt;script&gt;alert(&#39;f&#39;)&lt;/script&gt;\"", "&lt;i&gt;收入&lt;/i&gt; | &quot;q&quot;",
                "花费 &amp; &#39;more&#39;", "```js<br>\nalert(1)<br>\n```");
        Matcher svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        int charts = 0;
        while (svg.find()) {
            List<String> texts = ChartSvgTest.texts(ChartSvgTest.xml(svg.group()));
            assertThat(texts).contains("<i>收入</i> | \"q\"", "花费 & 'more'");
            charts++;
        }
        assertThat(charts).isEqualTo(2);
    }

    @Test
    void markdown_text_reads_back_as_the_same_text_with_no_markup() {
        Node doc = parse(MarkdownRenderer.render(hostile(), ReportOptions.defaults()));
        List<Class<?>> kinds = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                    kinds.add(n.getClass());
                    n.accept(this);
                }
            }
        });
        // our own markup: headings, the KPI and chart tables, the two lists; nothing from host text
        assertThat(kinds).doesNotContain(FencedCodeBlock.class, IndentedCodeBlock.class, BlockQuote.class,
                ThematicBreak.class, HtmlBlock.class, Emphasis.class, StrongEmphasis.class, Code.class, Link.class);
        assertThat(kinds.stream().filter(ListBlock.class::isAssignableFrom)).hasSize(2); // lessons and next actions
        assertThat(kinds.stream().filter(k -> k == HtmlInline.class)).isNotEmpty(); // only our <br> in cells
        List<String> paragraphs = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph p) {
                if (p.getParent() == doc) {
                    paragraphs.add(text(p));
                }
            }

            @Override
            public void visit(Heading h) {
                headings.add(text(h));
            }
        });
        assertThat(headings).contains("<script>alert(1)</script> | title", "## heading | " + INLINE, "</svg><script>x</script>");
        assertThat(paragraphs).contains(FENCE, TILDES, MARKERS.replace("    not code", "not code"), INLINE);
    }

    @Test
    void markdown_table_cells_keep_pipes_and_newlines_inside_their_cell() {
        Node doc = parse(MarkdownRenderer.render(hostile(), ReportOptions.defaults()));
        List<List<String>> rows = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                        cells.add(text(c));
                    }
                    rows.add(cells);
                }
                visitChildren(node);
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock node) {
                visitChildren(node);
            }
        });
        // KPI table: five cells, the first holding the host's name with its pipe and line break
        assertThat(rows).contains(List.of(CELL, "10", "12", "−2", "missed"));
        // bar table: category cell with pipe and newline, header cells with the series names
        assertThat(rows).contains(List.of(CELL, "1.00", "3.00"), List.of("```", "2.00", "4.00"));
        assertThat(rows).contains(List.of("Item", "<i>收入</i> | \"q\"", "花费 & 'more'"));
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isBetween(3, 5));
    }

    static Node parse(String md) {
        return Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
    }

    /** The text a reader sees: literal text, line breaks (hard, soft and our {@code <br>}) as newlines. */
    static String text(Node n) {
        StringBuilder b = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                b.append(t.getLiteral());
            }

            @Override
            public void visit(HardLineBreak h) {
                b.append('\n');
            }

            @Override
            public void visit(SoftLineBreak s) {
                b.append('\n');
            }

            @Override
            public void visit(HtmlInline h) {
                assertThat(h.getLiteral()).as("the only inline HTML is our own line break").isEqualTo("<br>");
                b.append('\n');
            }
        });
        return b.toString();
    }
}
