#ifndef ROUNDTABLE_CSYSTEM_H
#define ROUNDTABLE_CSYSTEM_H

#include <stddef.h>

/// Linux and GNU calls that Swift's Glibc module does not import.

/// Atomically swaps two paths (renameat2 with RENAME_EXCHANGE). Returns 0 on success, -1 with
/// errno set where the kernel or the file system cannot do it.
int roundtable_exchange_paths(const char *first, const char *second);

/// memmem(3): the first occurrence of `needle` in `haystack`, or NULL.
const void *roundtable_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// Asks glibc's allocator to give freed memory back to the system once 128 KB sit free at the
/// top of a heap (instead of its adaptive default), and to keep at most two arenas, which keeps
/// a parallel build's resident memory close to what it uses.
void roundtable_limit_retained_memory(void);

#endif
