package org.hearth.kiosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes settings into a configuration file a person also edits by hand: a key's line is replaced where it is,
 * comments and every other line stay, a new key goes at the end. The file is replaced whole (written beside it
 * and renamed), so the host and ConfigAdmin never read half of it.
 */
public final class SettingsFile {

    private SettingsFile() {
    }

    public static void write(Path file, Map<String, String> values) throws IOException {
        Map<String, String> left = new LinkedHashMap<>(values);
        List<String> lines = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String key = keyOf(line);
                lines.add(key != null && left.containsKey(key) ? key + "=" + escape(left.remove(key)) : line);
            }
        }
        left.forEach((key, value) -> lines.add(key + "=" + escape(value)));
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.write(next, lines, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The value of {@code key} in the file as written there, or {@code fallback}. */
    public static String read(Path file, String key, String fallback) {
        try {
            java.util.Properties properties = new java.util.Properties();
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties.getProperty(key, fallback).strip();
        } catch (IOException | IllegalArgumentException e) {
            return fallback;
        }
    }

    private static String keyOf(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
            return null;
        }
        int end = 0;
        while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
            end++;
        }
        return trimmed.substring(0, end);
    }

    /** A value as a properties file reads it back: one line, backslashes and leading spaces kept. */
    private static String escape(String value) {
        String one = value.replace("\\", "\\\\").replace("\r", " ").replace("\n", " ");
        return one.startsWith(" ") ? "\\" + one : one;
    }
}
