/*
 * parse-only: the floor for any YAML validator.
 *
 *   parse-only PATH...     files, and directories walked for *.yaml / *.yml
 *   parse-only -           one path per line on stdin
 *
 * Reads each file whole and runs libyaml's event parser over it
 * (yaml_parser_parse until STREAM_END, each event deleted) and nothing
 * else: no tree, no checks, no output per file. It prints
 *
 *   files N errors E
 *
 * where E counts the files libyaml refused and the files that could not be
 * read. Directories are walked the way `skema batch` walks them (entries
 * starting with '.' are passed over, symbolic links are not followed), so
 * both can be given the same DIR. Exit status 0, or 2 on wrong usage.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

struct counts {
    unsigned long files;
    unsigned long errors;
};

static unsigned char *buf;
static size_t cap;

/* The buffer, reused from file to file, made at least want bytes. */
static int grow(size_t want)
{
    unsigned char *nb = realloc(buf, want);
    if (!nb)
        return -1;
    buf = nb;
    cap = want;
    return 0;
}

/* The whole file into buf; its length in *len. 0 on success. */
static int read_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
        (size_t)st.st_size + 1 > cap && grow((size_t)st.st_size + 1) != 0) {
        close(fd);
        return -1;
    }
    size_t n = 0;
    for (;;) {
        if (n == cap && grow(cap ? cap * 2 : 65536) != 0) {
            close(fd);
            return -1;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            close(fd);
            return -1;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    *len = n;
    return 0;
}

/* 1 if libyaml parses the buffer to STREAM_END, 0 on a parse error. */
static int parse(const unsigned char *data, size_t len)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return 0;
    yaml_parser_set_input_string(&parser, data, len);
    int ok = 1;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            ok = 0;
            break;
        }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done)
            break;
    }
    yaml_parser_delete(&parser);
    return ok;
}

static void do_file(const char *path, struct counts *c)
{
    size_t len = 0;
    c->files++;
    if (read_file(path, &len) != 0) {
        fprintf(stderr, "parse-only: %s: %s\n", path, strerror(errno));
        c->errors++;
        return;
    }
    if (!parse(buf, len))
        c->errors++;
}

static int has_yaml_ext(const char *name)
{
    size_t n = strlen(name);
    return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
           (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static void do_path(const char *path, int top, struct counts *c);

static void do_dir(const char *path, struct counts *c)
{
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "parse-only: %s: %s\n", path, strerror(errno));
        c->errors++;
        return;
    }
    size_t plen = strlen(path);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        size_t nlen = strlen(e->d_name);
        char *child = malloc(plen + nlen + 2);
        if (!child) {
            fputs("parse-only: out of memory\n", stderr);
            exit(2);
        }
        memcpy(child, path, plen);
        child[plen] = '/';
        memcpy(child + plen + 1, e->d_name, nlen + 1);
        do_path(child, 0, c);
        free(child);
    }
    closedir(d);
}

/* A path given (top) is taken whatever its name; inside a directory only
 * *.yaml / *.yml files and subdirectories, links not followed. */
static void do_path(const char *path, int top, struct counts *c)
{
    struct stat st;
    int r = top ? stat(path, &st) : lstat(path, &st);
    if (r != 0) {
        fprintf(stderr, "parse-only: %s: %s\n", path, strerror(errno));
        c->files++;
        c->errors++;
        return;
    }
    if (S_ISDIR(st.st_mode))
        do_dir(path, c);
    else if (S_ISREG(st.st_mode) && (top || has_yaml_ext(path)))
        do_file(path, c);
}

static void do_stdin(struct counts *c)
{
    char *line = NULL;
    size_t n = 0;
    ssize_t len;
    while ((len = getline(&line, &n, stdin)) > 0) {
        if (line[len - 1] == '\n')
            line[--len] = '\0';
        if (len > 0)
            do_path(line, 1, c);
    }
    free(line);
}

int main(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        fputs("usage: parse-only PATH... | parse-only -\n"
              "Runs libyaml's parser over each file (directories: *.yaml, *.yml)\n"
              "and prints 'files N errors E'.\n",
              argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    struct counts c = {0, 0};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-") == 0)
            do_stdin(&c);
        else
            do_path(argv[i], 1, &c);
    }
    free(buf);
    printf("files %lu errors %lu\n", c.files, c.errors);
    return fflush(stdout) == 0 ? 0 : 2;
}
