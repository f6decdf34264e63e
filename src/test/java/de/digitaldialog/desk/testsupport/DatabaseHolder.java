package de.digitaldialog.desk.testsupport;

import de.digitaldialog.desk.service.FolderLock;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.OpenOptions;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process that holds a data folder's database open, as another running instance of
 * the program would, until its standard input closes.
 */
public final class DatabaseHolder {

    private DatabaseHolder() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        // both locks, as a running Desk (the folder's) and a plain database (H2's) hold them
        try (FolderLock lock = FolderLock.take(folder); Database database = Database.open(folder, OpenOptions.STANDARD,
                TestCredentials.of(folder))) {
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the lock until the test closes our input
            }
        }
    }

    /** Starts the holder on {@code folder} and returns once it holds the database. */
    public static Process start(Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Ddesk.log.dir=" + folder.resolve("holder-logs"), DatabaseHolder.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
        String line = reader.readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("holder did not start: " + line);
        }
        return process;
    }

    /** Lets the holder close the database and waits for it to end. */
    public static void stop(Process process) throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
