import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks the infrastructure distributions that ./platform takes from the local Maven repository,
 * keeping file modes and symbolic links, without needing tar, xz or unzip on the machine.
 *
 * <pre>
 *   Extract txz-in-jar &lt;jar&gt; &lt;entry&gt; &lt;dir&gt;   a .txz packed inside a jar (the Postgres binaries)
 *   Extract file-in-jar &lt;jar&gt; &lt;entry&gt; &lt;file&gt;  one executable file inside a jar (redis-server)
 *   Extract zip &lt;zip&gt; &lt;dir&gt;                   a zip, dropping its single top-level folder (Elasticsearch)
 * </pre>
 */
public class Extract {

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            usage();
        }
        switch (args[0]) {
            case "txz-in-jar" -> {
                requireArgs(args, 4);
                try (ZipFile jar = new ZipFile(args[1])) {
                    ZipEntry entry = requireEntry(jar, args[2]);
                    try (InputStream in = new XZInputStream(new BufferedInputStream(jar.getInputStream(entry)))) {
                        untar(in, Path.of(args[3]));
                    }
                }
            }
            case "file-in-jar" -> {
                requireArgs(args, 4);
                try (ZipFile jar = new ZipFile(args[1])) {
                    ZipEntry entry = requireEntry(jar, args[2]);
                    Path target = Path.of(args[3]);
                    Files.createDirectories(target.toAbsolutePath().getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.setPosixFilePermissions(target, permissions(0755));
                }
            }
            case "zip" -> unzip(Path.of(args[1]), Path.of(args[2]));
            default -> usage();
        }
    }

    private static void untar(InputStream in, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = inside(dir, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.deleteIfExists(target);
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(target, inside(dir, entry.getLinkName()));
                } else {
                    Files.copy(tar, target);
                    Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                }
            }
        }
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (org.apache.commons.compress.archivers.zip.ZipFile archive =
                org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(zip).get()) {
            Enumeration<ZipArchiveEntry> entries = archive.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top-level folder itself
                }
                Path target = inside(dir, name.substring(slash + 1));
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                int mode = entry.getUnixMode();
                Files.setPosixFilePermissions(target, permissions(mode == 0 ? 0644 : mode));
            }
        }
    }

    private static Path inside(Path dir, String name) {
        Path target = dir.resolve(name).normalize();
        if (!target.startsWith(dir.normalize())) {
            throw new IllegalArgumentException("archive entry leaves the target folder: " + name);
        }
        return target;
    }

    private static ZipEntry requireEntry(ZipFile jar, String name) {
        ZipEntry entry = jar.getEntry(name);
        if (entry == null) {
            throw new IllegalArgumentException(jar.getName() + " has no entry " + name);
        }
        return entry;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
        };
        Set<PosixFilePermission> permissions = new HashSet<>();
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(order[bit]);
            }
        }
        permissions.add(PosixFilePermission.OWNER_READ);
        return permissions;
    }

    private static void requireArgs(String[] args, int count) {
        if (args.length != count) {
            usage();
        }
    }

    private static void usage() {
        System.err.println("usage: Extract txz-in-jar <jar> <entry> <dir> | file-in-jar <jar> <entry> <file> | zip <zip> <dir>");
        System.exit(2);
    }
}
