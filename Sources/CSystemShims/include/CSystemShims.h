#ifndef GAZETTE_CSYSTEMSHIMS_H
#define GAZETTE_CSYSTEMSHIMS_H

/// Swaps two paths atomically (Linux renameat2 with RENAME_EXCHANGE): a web server reading the
/// destination sees either the old folder or the new one, never none. Returns 0 or -1 with errno;
/// errno is ENOSYS where the system cannot do it.
int gazette_exchange_paths(const char *first, const char *second);

#endif
