package org.hearth.kiosk.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a drop-in jar is signed (standard JAR signing, as {@code jarsigner} does it) by a key the center
 * trusts. The trusted signers are X.509 certificates in PEM or DER files ({@code .pem}, {@code .crt},
 * {@code .cer}) in one folder, {@code config/trusted-signers/}; with no such file there, signatures are not
 * required and every jar is accepted. A file there that cannot be read still requires signatures (it never
 * turns the check off). The folder is read again whenever one of its files changes.
 *
 * <p>A jar is accepted when every file in it, the signature files themselves aside, is signed by a trusted
 * certificate, or by a certificate whose chain leads to one (a center may trust its own signing CA), and no
 * file was changed after signing.
 */
public final class DropInSignatures {

    private static final Logger LOG = LoggerFactory.getLogger(DropInSignatures.class);

    /** What the check found; only {@link #ACCEPTED} may start. */
    public enum Verdict {
        ACCEPTED, UNSIGNED, UNTRUSTED, TAMPERED, UNREADABLE;

        public boolean accepted() {
            return this == ACCEPTED;
        }
    }

    /**
     * One jar's verdict, its plain reason (null when accepted) and, when it is signed by a key nobody trusts,
     * that key's certificate fingerprint (SHA-256), for the log: never a name from the certificate.
     */
    public record Check(Verdict verdict, String reason, String signerFingerprint) {
        public boolean accepted() {
            return verdict.accepted();
        }
    }

    static final String UNSIGNED = "It is not signed, and this center starts only drop-ins signed by a key it trusts"
            + " (config/trusted-signers), so the kiosk did not start it.";
    static final String UNTRUSTED = "It is not signed by a key this center trusts, so the kiosk did not start it.";
    static final String PARTLY = "Some of its files are not signed by a key this center trusts, so the kiosk did not"
            + " start it.";
    static final String TAMPERED = "Its signature does not match its contents: it was changed after it was signed,"
            + " so the kiosk did not start it.";
    static final String UNREADABLE = "It could not be read to check its signature, so the kiosk did not start it.";

    private static final Check OK = new Check(Verdict.ACCEPTED, null, null);

    private final Path folder;
    private record Trust(String fingerprint, boolean required, List<X509Certificate> certificates) {
    }
    private volatile Trust trust = new Trust("", false, List.of());

    /** The checks against the certificates in {@code folder} (which may not exist: then nothing is required). */
    public DropInSignatures(Path folder) {
        this.folder = folder;
    }

    /** No trusted signers: every jar is accepted. */
    public static DropInSignatures none() {
        return new DropInSignatures(null);
    }

    /** Whether this center requires signed drop-ins (its trusted-signers folder holds a certificate file). */
    public boolean required() {
        return trust().required();
    }

    /** The trusted certificates read from the folder. */
    public List<X509Certificate> trusted() {
        return trust().certificates();
    }

    /** Checks one jar; every jar is accepted when no trusted signer is configured. */
    public Check check(Path jar) {
        Trust current = trust();
        if (!current.required()) {
            return OK;
        }
        int signed = 0;
        String untrusted = null;
        boolean unsigned = false;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            byte[] buffer = new byte[16 * 1024];
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                // reading an entry whole is what verifies it: a changed one throws SecurityException here
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) >= 0) {
                        // read to the end
                    }
                }
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsigned = true;
                    continue;
                }
                String unknown = null;
                boolean trusted = false;
                for (CodeSigner signer : signers) {
                    if (isTrusted(signer, current.certificates())) {
                        trusted = true;
                        break;
                    }
                    unknown = fingerprintOf(signer);
                }
                if (trusted) {
                    signed++;
                } else if (untrusted == null) {
                    untrusted = unknown;
                }
            }
        } catch (SecurityException e) {
            return new Check(Verdict.TAMPERED, TAMPERED, null);
        } catch (IOException | RuntimeException e) {
            return new Check(Verdict.UNREADABLE, UNREADABLE, null);
        }
        if (untrusted != null) {
            return new Check(Verdict.UNTRUSTED, UNTRUSTED, untrusted);
        }
        if (signed == 0) {
            return new Check(Verdict.UNSIGNED, UNSIGNED, null);
        }
        return unsigned ? new Check(Verdict.UNSIGNED, PARTLY, null) : OK;
    }

    /** The files jar signing leaves unsigned: the manifest and the signature files in META-INF itself. */
    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/")) {
            return false;
        }
        String rest = upper.substring("META-INF/".length());
        return !rest.contains("/") && (rest.equals("MANIFEST.MF") || rest.equals("INDEX.LIST") || rest.startsWith("SIG-")
                || rest.endsWith(".SF") || rest.endsWith(".RSA") || rest.endsWith(".DSA") || rest.endsWith(".EC"));
    }

    /** The signer's own certificate is trusted, or its chain leads to a trusted certificate. */
    private static boolean isTrusted(CodeSigner signer, List<X509Certificate> trusted) {
        List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
        if (chain.isEmpty() || !(chain.get(0) instanceof X509Certificate)) {
            return false;
        }
        if (trusted.contains(chain.get(0))) {
            return true;
        }
        // the chain up to (not including) the first trusted certificate in it, or the whole chain
        int end = chain.size();
        for (int i = 1; i < chain.size(); i++) {
            if (trusted.contains(chain.get(i))) {
                end = i;
                break;
            }
        }
        try {
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(chain.subList(0, end));
            Set<TrustAnchor> anchors = trusted.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            if (signer.getTimestamp() != null) {
                parameters.setDate(signer.getTimestamp().getTimestamp());
            }
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String fingerprintOf(CodeSigner signer) {
        List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
        return chain.isEmpty() ? null : fingerprint(chain.get(0));
    }

    /** The SHA-256 fingerprint of a certificate, as keytool prints it. */
    static String fingerprint(Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            return "unknown";
        }
    }

    /** The trusted certificates, read again when a file in the folder was added, removed or changed. */
    private Trust trust() {
        if (folder == null || !Files.isDirectory(folder)) {
            return new Trust("", false, List.of());
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(DropInSignatures::isCertificateFile).sorted().toList();
        } catch (IOException e) {
            // the folder is there but cannot be listed: require signatures, trust nobody
            LOG.warn("The trusted signers' folder {} cannot be read; no drop-in is accepted", folder);
            return new Trust("unreadable", true, List.of());
        }
        StringBuilder fingerprint = new StringBuilder();
        for (Path file : files) {
            try {
                fingerprint.append(file.getFileName()).append('@').append(Files.getLastModifiedTime(file).toMillis())
                        .append('#').append(Files.size(file)).append(';');
            } catch (IOException e) {
                fingerprint.append(file.getFileName()).append("@?;");
            }
        }
        Trust known = trust;
        if (known.fingerprint().equals(fingerprint.toString()) && known.required() == !files.isEmpty()) {
            return known;
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    if (certificate instanceof X509Certificate x509) {
                        certificates.add(x509);
                    }
                }
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                LOG.warn("The trusted signer file {} is not a certificate; it trusts nobody", file.getFileName());
            }
        }
        Trust read = new Trust(fingerprint.toString(), !files.isEmpty(), List.copyOf(certificates));
        if (read.required()) {
            LOG.info("Drop-ins must be signed: {} trusted signer certificate(s) in {}", certificates.size(), folder);
        }
        trust = read;
        return read;
    }

    private static boolean isCertificateFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && !name.startsWith(".")
                && (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer"));
    }
}
