#ifndef ROUNDTABLE_CSYSTEM_H
#define ROUNDTABLE_CSYSTEM_H

#include <stddef.h>

/// Linux and GNU calls that Swift's Glibc module does not import.

/// Atomically swaps two paths (renameat2 with RENAME_EXCHANGE). Returns 0 on success, -1 with
/// errno set where the kernel or the file system cannot do it.
int roundtable_exchange_paths(const char *first, const char *second);

/// memmem(3): the first occurrence of `needle` in `haystack`, or NULL.
const void *roundtable_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
