namespace MembraneKit.Interactive;

/// <summary>The CSS every display carries (each notebook output must stand alone), scoped to <c>.mk</c>
/// so it touches nothing else on the page. Colours keep contrast on light and dark themes.</summary>
internal static class Styles
{
    internal const string Css =
        ".mk{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:13px;line-height:1.4;max-width:760px}" +
        ".mk-title{font-weight:600;margin:2px 0 6px}" +
        ".mk-table{border-collapse:collapse;margin:4px 0}" +
        ".mk-table th,.mk-table td{border:1px solid #8884;padding:2px 8px;text-align:right;font-variant-numeric:tabular-nums}" +
        ".mk-table th[scope=row]{text-align:left}" +
        ".mk-table caption{caption-side:top;text-align:left;font-style:italic}" +
        ".mk-unit{font-weight:normal;opacity:.75}" +
        ".mk-eqbox{margin:6px 0}.mk-eqcap{font-size:11px;opacity:.75}" +
        ".mk-eq{font-size:15px;math-style:normal}.mk .mk-mathml{display:block!important;margin-left:12px}.mk .mk-tex{display:none}" +
        ".mk-verdict{font-weight:600;margin:6px 0}" +
        ".mk-note{font-size:11px;opacity:.8;margin:4px 0}" +
        ".mk-figure svg,.mk-picture{max-width:100%;height:auto}";
}
