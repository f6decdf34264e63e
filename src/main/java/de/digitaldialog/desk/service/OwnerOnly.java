package de.digitaldialog.desk.service;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Files and folders the Desk writes are for their owner only: rw------- / rwx------ where the file
 * system has POSIX permissions, else (Windows) an access list that names the owner alone. The
 * Windows branch is not tested on this project's machines.
 * <p>
 * No logger field: the log configuration uses this class while logging is being set up.
 */
public final class OwnerOnly {

    private static final Set<String> VIEWS = FileSystems.getDefault().supportedFileAttributeViews();
    private static final boolean POSIX = VIEWS.contains("posix");
    private static final boolean ACL = !POSIX && VIEWS.contains("acl");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.complementOf(
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE));

    private OwnerOnly() {
    }

    /** The attributes that create a file readable by its owner only. */
    public static FileAttribute<?>[] file() {
        return attributes(FILE, false);
    }

    /** The attributes that create a folder usable by its owner only. */
    public static FileAttribute<?>[] folder() {
        return attributes(FOLDER, true);
    }

    /**
     * Creates {@code folder} for its owner only unless it exists, and so the parents it needs: the
     * log folder is created before the data folder it lies in.
     */
    public static void createFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, folder());
        }
    }

    /** Makes an existing file or folder (one another writer created, such as H2) its owner's only. */
    public static void restrict(Path path) throws IOException {
        boolean isFolder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        if (POSIX) {
            Files.setPosixFilePermissions(path, isFolder ? FOLDER : FILE);
        } else if (ACL) {
            AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
            view.setAcl(List.of(ownerEntry(view.getOwner(), isFolder)));
        }
    }

    /**
     * Takes group's and others' rights from {@code folder} and everything in it (symbolic links
     * are left alone); what cannot be changed (another user's file) is logged and skipped.
     *
     * @return how many files and folders had wider rights
     */
    public static int narrow(Path folder) throws IOException {
        if (!POSIX && !ACL) {
            return 0;
        }
        int[] narrowed = {0};
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                narrowed[0] += narrowOne(dir) ? 1 : 0;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!attributes.isSymbolicLink()) {
                    narrowed[0] += narrowOne(file) ? 1 : 0;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                LoggerFactory.getLogger(OwnerOnly.class).warn("Cannot look at {} to narrow its rights", file, e);
                return FileVisitResult.CONTINUE;
            }
        });
        return narrowed[0];
    }

    /** @return whether {@code path} had wider rights and now has its owner's only */
    private static boolean narrowOne(Path path) {
        try {
            if (POSIX) {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                Set<PosixFilePermission> permissions = view.readAttributes().permissions();
                if (permissions.stream().noneMatch(NOT_OWNER::contains)) {
                    return false;
                }
                permissions.removeAll(NOT_OWNER);
                view.setPermissions(permissions);
                return true;
            }
            AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            UserPrincipal owner = view.getOwner();
            if (view.getAcl().stream().allMatch(entry -> entry.principal().equals(owner))) {
                return false;
            }
            restrict(path);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LoggerFactory.getLogger(OwnerOnly.class).warn("Cannot narrow the rights of {}", path, e);
            return false;
        }
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions, boolean isFolder) {
        if (POSIX) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
        }
        if (ACL) {
            try {
                UserPrincipal user = FileSystems.getDefault().getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name"));
                List<AclEntry> acl = List.of(ownerEntry(user, isFolder));
                return new FileAttribute<?>[] {new FileAttribute<List<AclEntry>>() {
                    @Override
                    public String name() {
                        return "acl:acl";
                    }

                    @Override
                    public List<AclEntry> value() {
                        return acl;
                    }
                }};
            } catch (IOException e) {
                // then created with the rights it inherits from its folder, which the Desk made owner-only
                return new FileAttribute<?>[0];
            }
        }
        return new FileAttribute<?>[0];
    }

    /** Every right for the owner alone; a folder passes it on to what is created in it. */
    private static AclEntry ownerEntry(UserPrincipal owner, boolean isFolder) {
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (isFolder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        return entry.build();
    }
}
