package io.alembic.ui;

import java.nio.file.Path;
import java.util.List;

/** The GUI's command line: {@code --case DIR} (open or create) and {@code --import BUNDLE}. */
public record StartupOptions(Path caseDir, Path importBundle) {

    public static StartupOptions parse(List<String> args) {
        Path caseDir = null;
        Path bundle = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--case=")) caseDir = Path.of(a.substring(7));
            else if (a.startsWith("--import=")) bundle = Path.of(a.substring(9));
            else if (a.equals("--case") && i + 1 < args.size()) caseDir = Path.of(args.get(++i));
            else if (a.equals("--import") && i + 1 < args.size()) bundle = Path.of(args.get(++i));
            else throw new IllegalArgumentException("Unknown or incomplete option: " + a
                        + " (usage: gui [--case DIR] [--import BUNDLE])");
        }
        return new StartupOptions(caseDir, bundle);
    }

    /** Back to arguments for {@code Application.launch}. */
    public String[] toArgs() {
        List<String> out = new java.util.ArrayList<>();
        if (caseDir != null) {
            out.add("--case");
            out.add(caseDir.toString());
        }
        if (importBundle != null) {
            out.add("--import");
            out.add(importBundle.toString());
        }
        return out.toArray(String[]::new);
    }
}
