/*
 * Stand-in for SQLite (libsqlite3.so.0) in Phase-1. aria2c uses SQLite only
 * to read cookies from a browser's database (--load-cookies), which bttui
 * never asks for, yet the loader binds libaria2's four SQLite imports at
 * start (BIND_NOW), so they must exist. Opening a database fails with
 * SQLITE_CANTOPEN and aria2c reports the cookie file as unreadable. It saves
 * every client about 580 KB of TFTP.
 *
 * build-phase1 fails when a Phase-1 library imports a symbol from
 * libsqlite3 that is not defined here.
 */
#include <stddef.h>

#define EXPORT __attribute__((visibility("default")))

typedef struct sqlite3 sqlite3;

enum { SQLITE_OK = 0, SQLITE_CANTOPEN = 14, SQLITE_MISUSE = 21 };

EXPORT int sqlite3_open_v2(const char *filename, sqlite3 **database, int flags, const char *vfs)
{
    (void)filename, (void)flags, (void)vfs;
    if (database)
        *database = NULL;
    return SQLITE_CANTOPEN;
}

EXPORT int sqlite3_close(sqlite3 *database)
{
    (void)database;
    return SQLITE_OK;
}

EXPORT int sqlite3_exec(sqlite3 *database, const char *sql,
    int (*callback)(void *, int, char **, char **), void *argument, char **message)
{
    (void)database, (void)sql, (void)callback, (void)argument;
    if (message)
        *message = NULL;
    return SQLITE_MISUSE;
}

EXPORT void sqlite3_free(void *memory) { (void)memory; }
