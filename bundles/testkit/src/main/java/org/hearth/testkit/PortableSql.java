package org.hearth.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds SQL that only Derby accepts in a bundle's migrations. Hearth runs on embedded Derby today and the same
 * migration files are to run on PostgreSQL, so each must be plain SQL that both accept. Not a parser: it knows the
 * constructs that have been written before and have no form both databases share.
 */
public final class PortableSql {

    private static final Map<Pattern, String> DERBY_ONLY = new LinkedHashMap<>();

    static {
        rule("CREATE\\s+(UNIQUE\\s+)?INDEX\\s+\"?\\w+\"?\\.", "a schema-qualified index name (an index lives with its table)");
        rule("ALTER\\s+COLUMN\\s+\"?\\w+\"?\\s+(NOT\\s+)?NULL\\b", "ALTER COLUMN ... NOT NULL (PostgreSQL says SET NOT NULL;"
                + " use a CHECK constraint)");
        rule("ALTER\\s+COLUMN\\s+\"?\\w+\"?\\s+(WITH\\s+)?DEFAULT\\b", "ALTER COLUMN ... DEFAULT (both accept SET DEFAULT)");
        rule("\\b(CREATE|DROP)\\s+TRIGGER\\b", "a trigger (Derby and PostgreSQL share no trigger syntax; do it in code)");
        rule("(^|;)\\s*RENAME\\s+(TABLE|COLUMN|INDEX)\\b", "Derby's RENAME statement");
        rule("\\bSYSCS_", "a Derby system procedure");
        rule("\\bWITH\\s+DEFAULT\\b", "WITH DEFAULT");
        rule("\\b(LONG\\s+VARCHAR|CLOB|BLOB|FOR\\s+BIT\\s+DATA)\\b", "a type only Derby has");
    }

    private PortableSql() {
    }

    private static void rule(String regex, String why) {
        DERBY_ONLY.put(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.MULTILINE), why);
    }

    /** What is Derby-only in one script, as "statement: why"; empty when it is portable. */
    public static List<String> problems(String sql) {
        List<String> problems = new ArrayList<>();
        for (String statement : sql.replaceAll("--[^\\n]*", "").split(";")) {
            DERBY_ONLY.forEach((pattern, why) -> {
                if (pattern.matcher(statement).find()) {
                    problems.add(statement.strip().replaceAll("\\s+", " ") + ": " + why);
                }
            });
        }
        return problems;
    }

    /** What is Derby-only in every {@code .sql} file under a folder, each prefixed with its file's name. */
    public static List<String> problems(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> problems = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                problems(Files.readString(file)).forEach(p -> problems.add(file.getFileName() + ": " + p));
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
