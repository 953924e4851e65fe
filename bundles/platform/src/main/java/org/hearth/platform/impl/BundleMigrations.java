package org.hearth.platform.impl;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

/**
 * Finds a bundle's migration files with {@link Bundle#findEntries}, which works for every bundle layout
 * (Flyway's own class-path scanning needs directory entries that not every jar has).
 */
final class BundleMigrations implements ResourceProvider {

    private final Bundle bundle;
    private final String folder;

    BundleMigrations(Bundle bundle, String folder) {
        this.bundle = bundle;
        this.folder = folder;
    }

    @Override
    public LoadableResource getResource(String name) {
        URL url = bundle.getEntry(folder + "/" + name);
        return url == null ? null : new Entry(url, name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        Enumeration<URL> urls = bundle.findEntries(folder, "*", false);
        if (urls == null) {
            return List.of();
        }
        List<LoadableResource> found = new ArrayList<>();
        for (URL url : Collections.list(urls)) {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            if (name.startsWith(prefix) && endsWithAny(name, suffixes)) {
                found.add(new Entry(url, name));
            }
        }
        return found;
    }

    private static boolean endsWithAny(String name, String[] suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static final class Entry extends LoadableResource {
        private final URL url;
        private final String name;

        Entry(URL url, String name) {
            this.url = url;
            this.name = name;
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return url.getPath();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toString();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
