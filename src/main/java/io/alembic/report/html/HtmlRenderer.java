package io.alembic.report.html;

import io.alembic.report.ToolVersion;
import io.alembic.report.doc.Block;
import io.alembic.report.doc.ExhibitDoc;
import io.alembic.report.doc.Fields;
import io.alembic.report.doc.Figure;
import io.alembic.report.doc.Heading;
import io.alembic.report.doc.PageBreak;
import io.alembic.report.doc.Para;
import io.alembic.report.doc.Table;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The exhibit as one self-contained HTML file for on-screen review: styles inline, charts as SVG data URIs, nothing
 * fetched. Every piece of case text is escaped, and a Content-Security-Policy forbids scripts and outside requests
 * even if some text slipped through.
 */
public final class HtmlRenderer {
    /** The text width of the PDF, so charts keep their proportions. */
    private static final double CHART_WIDTH = 495;

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Verdana,sans-serif;font-size:14px;color:#222;max-width:62em;margin:2em auto;padding:0 1em;line-height:1.45}
            h1{font-size:1.5em;border-bottom:1px solid #bbb;padding-bottom:.2em;margin-top:1.8em}
            h2{font-size:1.2em;margin-top:1.4em}h3{font-size:1em}
            p.quiet{color:#555;font-size:.85em}
            dl{display:grid;grid-template-columns:11em 1fr;gap:.2em 1em}dt{color:#555;font-weight:bold;font-size:.85em}
            dd{margin:0;overflow-wrap:anywhere}.mono{font-family:"DejaVu Sans Mono",monospace;font-size:.9em}
            table{border-collapse:collapse;width:100%;font-size:.78em;margin:.5em 0 1em}
            th{background:#e8ecf2;text-align:left}th,td{border-bottom:1px solid #ccc;padding:.25em .4em;vertical-align:top;overflow-wrap:anywhere}
            figure{margin:.8em 0}figure img{width:100%;height:auto}figcaption{color:#555;font-size:.85em}
            hr.page{border:0;border-top:1px dashed #ddd;margin:2em 0}
            footer{color:#555;font-size:.8em;border-top:1px solid #bbb;margin-top:3em;padding-top:.5em}
            """;

    public byte[] render(ExhibitDoc e) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">")
                .append("<meta name=\"generator\" content=\"").append(Html.text(ToolVersion.TEXT)).append("\">")
                .append("<title>").append(Html.text(e.title())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        for (Block b : e.blocks()) block(h, b);
        h.append("<footer>Exhibit ").append(Html.text(e.id())).append(" \u00b7 ").append(Html.text(ToolVersion.TEXT))
                .append("</footer>\n</body></html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void block(StringBuilder h, Block b) {
        if (b instanceof Heading x) {
            int level = Math.min(3, Math.max(1, x.level()));
            h.append("<h").append(level).append('>').append(Html.text(x.text())).append("</h").append(level).append(">\n");
        } else if (b instanceof Para p) {
            h.append(p.quiet() ? "<p class=\"quiet\">" : "<p>").append(Html.text(p.text()).replace("\n", "<br>")).append("</p>\n");
        } else if (b instanceof Fields f) {
            h.append("<dl>");
            for (Fields.Field x : f.fields()) {
                h.append("<dt>").append(Html.text(x.label())).append("</dt><dd").append(x.mono() ? " class=\"mono\"" : "").append('>')
                        .append(Html.text(x.value()).replace("\n", "<br>")).append("</dd>");
            }
            h.append("</dl>\n");
        } else if (b instanceof Table t) {
            table(h, t);
        } else if (b instanceof Figure f) {
            SvgPen pen = new SvgPen(CHART_WIDTH, f.height());
            f.chart().draw(pen, CHART_WIDTH, f.height());
            String data = Base64.getEncoder().encodeToString(pen.document().getBytes(StandardCharsets.UTF_8));
            h.append("<figure><img alt=\"").append(Html.text(f.caption())).append("\" src=\"data:image/svg+xml;base64,").append(data)
                    .append("\"><figcaption>").append(Html.text(f.caption())).append("</figcaption></figure>\n");
        } else if (b instanceof PageBreak) {
            h.append("<hr class=\"page\">\n");
        }
    }

    private static void table(StringBuilder h, Table t) {
        h.append("<table><thead><tr>");
        for (Table.Column c : t.columns()) h.append("<th>").append(Html.text(c.title())).append("</th>");
        h.append("</tr></thead><tbody>\n");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(t.columns().get(i).mono() ? "<td class=\"mono\">" : "<td>").append(Html.text(row.get(i)).replace("\n", "<br>")).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }
}
