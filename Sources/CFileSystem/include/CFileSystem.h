#ifndef ROUNDTABLE_CFILESYSTEM_H
#define ROUNDTABLE_CFILESYSTEM_H

/// Atomically swaps two paths (Linux renameat2 with RENAME_EXCHANGE). Returns 0 on success,
/// -1 with errno set where the kernel or the file system cannot do it.
int roundtable_exchange_paths(const char *first, const char *second);

#endif
