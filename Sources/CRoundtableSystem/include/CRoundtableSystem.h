#ifndef ROUNDTABLE_CSYSTEM_H
#define ROUNDTABLE_CSYSTEM_H

#include <stddef.h>
#include <sys/types.h>
#include <sys/stat.h>

/// The few system calls that differ between Linux and macOS, or that Swift's Glibc module does
/// not import, behind one name each (see system.c for the path taken on each system).

/// Atomically swaps two paths (Linux renameat2 with RENAME_EXCHANGE, macOS renamex_np with
/// RENAME_SWAP). Returns 0 on success, -1 with errno set where the system cannot do it.
int roundtable_exchange_paths(const char *first, const char *second);

/// memmem(3): the first occurrence of `needle` in `haystack`, or NULL.
const void *roundtable_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// Asks glibc's allocator to give freed memory back to the system once 128 KB sit free at the
/// top of a heap (instead of its adaptive default), and to keep at most two arenas, which keeps
/// a parallel build's resident memory close to what it uses. Does nothing elsewhere.
void roundtable_limit_retained_memory(void);

/// A file's modification time from `stat` (st_mtim on Linux, st_mtimespec on macOS).
void roundtable_modification_time(const struct stat *status, long long *seconds, long long *nanoseconds);

/// write(2), read(2) and link(2), under names that do not clash with Swift methods.
ssize_t roundtable_write(int descriptor, const void *bytes, size_t count);
ssize_t roundtable_read(int descriptor, void *bytes, size_t count);
int roundtable_link(const char *source, const char *path);

#endif
