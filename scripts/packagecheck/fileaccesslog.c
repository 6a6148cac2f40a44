// fileaccesslog: runs a command and writes, once each, the paths of the
// files that it and its descendants opened or executed, with the name of the
// program that first did so: "o<TAB>PATH<TAB>COMM" (opened) or "x<TAB>..."
// (executed). check-setup-packages beside it maps them to Debian packages.
// Uses fanotify on the root file system, so it needs root.
//
//   fileaccesslog OUTPUT -- COMMAND [ARGS...]
//
// Exits with the command's status (or 125 when it cannot watch or start it).
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/fanotify.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

// Open addressing sets; both only grow, sized for a whole build and test run.
struct set
{
    char **keys;
    size_t size, used;
};

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; ++s)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

// Returns 1 when the key was new (and is now in the set).
static int set_insert(struct set *set, const char *key)
{
    if ((set->used + 1) * 2 > set->size) {
        struct set bigger = { calloc(set->size ? set->size * 2 : 65536, sizeof(char *)),
            set->size ? set->size * 2 : 65536, 0 };
        if (!bigger.keys)
            abort();
        for (size_t i = 0; i < set->size; ++i)
            if (set->keys[i])
                set_insert(&bigger, set->keys[i]);
        for (size_t i = 0; i < set->size; ++i)
            free(set->keys[i]);
        free(set->keys);
        *set = bigger;
    }
    size_t i = hash(key) & (set->size - 1);
    while (set->keys[i]) {
        if (strcmp(set->keys[i], key) == 0)
            return 0;
        i = (i + 1) & (set->size - 1);
    }
    set->keys[i] = strdup(key);
    set->used++;
    return 1;
}

static int set_contains(const struct set *set, const char *key)
{
    if (!set->size)
        return 0;
    size_t i = hash(key) & (set->size - 1);
    while (set->keys[i]) {
        if (strcmp(set->keys[i], key) == 0)
            return 1;
        i = (i + 1) & (set->size - 1);
    }
    return 0;
}

static pid_t root_pid, self_pid;
static struct set inside, outside; // "pid:starttime" of processes already judged

// Reads a process's parent and start time from /proc/PID/stat.
static int read_stat(pid_t pid, pid_t *parent, unsigned long long *start)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return 0;
    buf[n] = 0;
    // The name in parentheses may hold spaces and parentheses: fields
    // continue after the last ')'.
    char *p = strrchr(buf, ')');
    if (!p)
        return 0;
    int field = 2;
    char *save = NULL;
    for (char *tok = strtok_r(p + 1, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
        ++field;
        if (field == 4)
            *parent = (pid_t)atoi(tok);
        if (field == 22) {
            *start = strtoull(tok, NULL, 10);
            return 1;
        }
    }
    return 0;
}

// Whether PID is the command or one of its descendants. Judged once per
// process (pid + start time, as pids are reused).
static int is_descendant(pid_t pid)
{
    pid_t parent = 0;
    unsigned long long start = 0;
    if (pid == root_pid)
        return 1;
    if (!read_stat(pid, &parent, &start))
        return 1; // gone already (a short-lived program): while the command
                  // runs, nearly every process on the machine is one of its
    char key[64];
    snprintf(key, sizeof key, "%d:%llu", pid, start);
    if (set_contains(&inside, key))
        return 1;
    if (set_contains(&outside, key))
        return 0;
    int verdict = 0;
    for (int depth = 0; depth < 256 && parent > 1; ++depth) {
        if (parent == root_pid || parent == self_pid) {
            verdict = 1;
            break;
        }
        pid_t next = 0;
        unsigned long long ignored;
        if (!read_stat(parent, &next, &ignored))
            break;
        parent = next;
    }
    set_insert(verdict ? &inside : &outside, key);
    return verdict;
}

static void comm_of(pid_t pid, char *out, size_t size)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/comm", pid);
    snprintf(out, size, "?");
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ssize_t n = read(fd, out, size - 1);
    close(fd);
    if (n > 0) {
        out[n] = 0;
        out[strcspn(out, "\n\t")] = 0;
    }
}

int main(int argc, char **argv)
{
    if (argc < 4 || strcmp(argv[2], "--") != 0) {
        fprintf(stderr, "usage: fileaccesslog OUTPUT -- COMMAND [ARGS...]\n");
        return 125;
    }
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        fprintf(stderr, "fileaccesslog: cannot write %s: %s\n", argv[1], strerror(errno));
        return 125;
    }
    int fan = fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK | FAN_UNLIMITED_QUEUE,
        O_RDONLY | O_LARGEFILE | O_CLOEXEC);
    if (fan < 0
        || fanotify_mark(
               fan, FAN_MARK_ADD | FAN_MARK_FILESYSTEM, FAN_OPEN | FAN_OPEN_EXEC, AT_FDCWD, "/")
            < 0) {
        fprintf(stderr, "fileaccesslog: cannot watch the file system (fanotify needs root): %s\n",
            strerror(errno));
        return 125;
    }

    // Descendants whose parent ends are handed to this process, so they stay
    // in its tree.
    self_pid = getpid();
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    // The child waits for a byte on a pipe, so that no open before the watch
    // knows its pid is missed.
    int go[2];
    if (pipe2(go, O_CLOEXEC) < 0)
        return 125;
    pid_t child = fork();
    if (child < 0)
        return 125;
    if (child == 0) {
        char byte;
        close(go[1]);
        if (read(go[0], &byte, 1) != 1)
            _exit(125);
        close(go[0]);
        execvp(argv[3], argv + 3);
        fprintf(stderr, "fileaccesslog: cannot run %s: %s\n", argv[3], strerror(errno));
        _exit(125);
    }
    root_pid = child;
    close(go[0]);
    if (write(go[1], "g", 1) != 1)
        return 125;
    close(go[1]);

    struct set seen = { 0 };
    char buf[64 * 1024] __attribute__((aligned(__alignof__(struct fanotify_event_metadata))));
    int status = 0, done = 0;
    while (1) {
        int reaped;
        pid_t r;
        while ((r = waitpid(-1, &reaped, WNOHANG)) > 0)
            if (r == child) {
                status = reaped;
                done = 1;
            }
        struct pollfd pfd = { fan, POLLIN, 0 };
        int ready = poll(&pfd, 1, done ? 0 : 200);
        if (ready <= 0) {
            if (done)
                break; // the command ended and its queue is drained
            continue;
        }
        ssize_t len = read(fan, buf, sizeof buf);
        if (len <= 0)
            continue;
        for (struct fanotify_event_metadata *m = (struct fanotify_event_metadata *)buf;
             FAN_EVENT_OK(m, len); m = FAN_EVENT_NEXT(m, len)) {
            if (m->fd < 0)
                continue;
            if (is_descendant(m->pid)) {
                char link[64], path[PATH_MAX + 2];
                snprintf(link, sizeof link, "/proc/self/fd/%d", m->fd);
                ssize_t n = readlink(link, path, PATH_MAX);
                if (n > 0) {
                    path[n] = 0;
                    const int exec = (m->mask & FAN_OPEN_EXEC) != 0;
                    char key[PATH_MAX + 4];
                    snprintf(key, sizeof key, "%s%s", exec ? "x" : "o", path);
                    if (!strchr(path, '\t') && !strchr(path, '\n') && set_insert(&seen, key)) {
                        char comm[32];
                        comm_of(m->pid, comm, sizeof comm);
                        fprintf(out, "%s\t%s\t%s\n", exec ? "x" : "o", path, comm);
                    }
                }
            }
            close(m->fd);
        }
    }
    fclose(out);
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
