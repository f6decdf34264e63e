package de.digitaldialog.desk.robustness;

import de.digitaldialog.desk.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * Starts the {@link CrashChild}ren of one test class cheaply: a migrated folder they warm up on
 * (a copy each), and a class-data archive of everything a child loads, dumped once by a child
 * that ends by itself; later children map it instead of loading and verifying their classes. The
 * JVM archives classes from jars only, so the class folders of the build are packed into jars first.
 */
final class Children {

    private final Path temp;
    private final Path template;
    private final List<String> jvmOptions = new ArrayList<>();

    private final String classPath;

    private Children(Path temp, Path template, String classPath) {
        this.temp = temp;
        this.template = template;
        this.classPath = classPath;
    }

    /** Prepares the warm-up folder and the archive in {@code temp} (a few seconds, once per test class). */
    static Children prepare(Path temp) throws InterruptedException {
        Children children = withoutArchive(temp);
        Path archive = temp.resolve("child.jsa");
        ChildJvm dump = ChildJvm.start(children.command(List.of("-XX:ArchiveClassesAtExit=" + archive),
                temp.resolve("archive-data"), temp.resolve("archive.log"), 1, "archive", "warm-only"),
                temp.resolve("archive-stderr.txt"));
        if (dump.waitFor(Duration.ofSeconds(120)) == 0 && Files.exists(archive)) {
            children.jvmOptions.add("-XX:SharedArchiveFile=" + archive);
        }
        return children;
    }

    /** Only the warm-up folder: for a test that starts too few children for the archive to pay. */
    static Children withoutArchive(Path temp) {
        Path template = temp.resolve("template");
        Workspace.open(template).close();
        return new Children(temp, template, jarsOnly(temp.resolve("classpath")));
    }

    /** A folder a first start made and closed cleanly: a new Desk. */
    Path template() {
        return template;
    }

    /** The command of a child writing to {@code folder} and logging to {@code log}, in {@code mode}. */
    List<String> command(Path folder, Path log, long seed, String run, String mode) {
        return command(jvmOptions, folder, log, seed, run, mode);
    }

    private List<String> command(List<String> options, Path folder, Path log, long seed, String run, String mode) {
        return ChildJvm.javaCommand(options, classPath, temp.resolve("logs"), folder.toString(), log.toString(),
                Long.toString(seed), run, mode, template.toString());
    }

    /** Starts a child writing to {@code folder}; it warms up and then waits for {@link ChildJvm#go()}. */
    ChildJvm start(Path folder, Path log, long seed, String run, String mode) {
        return start(List.of(), Map.of(), folder, log, seed, run, mode);
    }

    /**
     * The same behind {@code prefix} (e.g. a shell that mounts a small file system first and gets
     * the java command as its arguments), with {@code environment} added to the child's.
     */
    ChildJvm start(List<String> prefix, Map<String, String> environment, Path folder, Path log, long seed,
                   String run, String mode) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(command(folder, log, seed, run, mode));
        return ChildJvm.start(command, environment, log.resolveSibling("stderr-" + run + ".txt"));
    }

    /** This test's classpath with every folder replaced by a jar of it in {@code jars}. */
    private static String jarsOnly(Path jars) {
        List<String> entries = new ArrayList<>();
        for (String entry : ChildJvm.testClassPath().split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = jars.resolve(entries.size() + ".jar");
                pack(path, jar);
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void pack(Path folder, Path jar) {
        try (Stream<Path> files = Files.walk(folder)) {
            Files.createDirectories(jar.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                out.setLevel(Deflater.NO_COMPRESSION);
                // folders too: Flyway and SchemaVersions find the migrations through their folder's entry
                for (Path path : files.filter(path -> !path.equals(folder)).toList()) {
                    String name = folder.relativize(path).toString().replace(File.separatorChar, '/');
                    boolean isFolder = Files.isDirectory(path);
                    out.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
                    if (!isFolder) {
                        Files.copy(path, out);
                    }
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
