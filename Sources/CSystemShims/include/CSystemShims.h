#ifndef GAZETTE_CSYSTEMSHIMS_H
#define GAZETTE_CSYSTEMSHIMS_H

/// Swaps two paths atomically (Linux renameat2 with RENAME_EXCHANGE): a web server reading the
/// destination sees either the old folder or the new one, never none. Returns 0 or -1 with errno;
/// errno is ENOSYS where the system cannot do it.
int gazette_exchange_paths(const char *first, const char *second);

/// Marks a folder as the top of a directory hierarchy for ext4's Orlov allocator (the `T`
/// attribute, FS_TOPDIR_FL): its subfolders are spread over block groups instead of packed
/// beside it. A build's output right after the old one was deleted otherwise allocates among
/// thousands of just-freed inodes, which ext4 without a journal skips one by one. Returns 0, or
/// -1 with errno (ENOSYS off Linux, ENOTTY or EOPNOTSUPP on file systems without the flag).
int gazette_mark_top_directory(const char *path);

#endif
