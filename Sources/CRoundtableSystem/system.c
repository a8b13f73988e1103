// The system calls whose names differ between Linux and macOS, each with a portable path, so
// that the Swift code calls one name everywhere. CI runs on Linux; the macOS paths are the
// documented equivalents (renamex_np with RENAME_SWAP, st_mtimespec).
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <stdio.h>
#include <sys/stat.h>
#include "CRoundtableSystem.h"

#if defined(__linux__)
#include <malloc.h>
#include <sys/syscall.h>
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
#endif

int roundtable_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#elif defined(__APPLE__)
    return renamex_np(first, second, RENAME_SWAP);
#else
    errno = ENOSYS;
    return -1;
#endif
}

const void *roundtable_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    return memmem(haystack, haystack_length, needle, needle_length);
}

void roundtable_limit_retained_memory(void) {
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD)
    mallopt(M_TRIM_THRESHOLD, 128 * 1024);
#endif
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
    mallopt(M_ARENA_MAX, 2);
#endif
}

void roundtable_modification_time(const struct stat *status, long long *seconds, long long *nanoseconds) {
#if defined(__APPLE__)
    *seconds = (long long)status->st_mtimespec.tv_sec;
    *nanoseconds = (long long)status->st_mtimespec.tv_nsec;
#else
    *seconds = (long long)status->st_mtim.tv_sec;
    *nanoseconds = (long long)status->st_mtim.tv_nsec;
#endif
}

ssize_t roundtable_write(int descriptor, const void *bytes, size_t count) {
    return write(descriptor, bytes, count);
}

ssize_t roundtable_read(int descriptor, void *bytes, size_t count) {
    return read(descriptor, bytes, count);
}

int roundtable_link(const char *source, const char *path) {
    return link(source, path);
}
