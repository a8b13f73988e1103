/*
 * The floor: the least work a static-site generator must do for the benchmark's topics, written
 * as plainly as C allows. Outside the product; scripts/benchmark builds and times it beside
 * roundtable, cmark and Hugo, and reports roundtable ÷ floor.
 *
 * For each topics/<slug>.md under CONTENT it reads the file, parses the front matter with libyaml
 * (title, summary, tags), renders the body with libcmark, builds the page around it, makes
 * OUTPUT/topics/<slug>/ and writes index.html there; then it writes one index page that lists
 * every topic. Work is shared between THREADS threads (default 2) one file at a time.
 *
 * Usage: floor CONTENT OUTPUT [THREADS]
 */
#include <cmark.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

typedef struct {
    char *data;
    size_t length, capacity;
} buffer;

static void append(buffer *b, const char *text, size_t length) {
    if (b->length + length > b->capacity) {
        b->capacity = (b->length + length) * 2;
        b->data = realloc(b->data, b->capacity);
    }
    memcpy(b->data + b->length, text, length);
    b->length += length;
}

static void append_text(buffer *b, const char *text) { append(b, text, strlen(text)); }

static void append_escaped(buffer *b, const char *text) {
    for (const char *c = text; *c; c++) {
        switch (*c) {
        case '&': append_text(b, "&amp;"); break;
        case '<': append_text(b, "&lt;"); break;
        case '>': append_text(b, "&gt;"); break;
        case '"': append_text(b, "&quot;"); break;
        default: append(b, c, 1);
        }
    }
}

typedef struct {
    char *slug, *title, *summary;
} topic;

static const char *content, *output;
static char **names;
static topic *topics;
static size_t count;
static atomic_size_t next_index;

static void fail(const char *what, const char *path) {
    fprintf(stderr, "floor: %s %s: %s\n", what, path, strerror(errno));
    exit(1);
}

static char *read_file(const char *path, size_t *length) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) fail("cannot open", path);
    struct stat status;
    fstat(fd, &status);
    char *data = malloc(status.st_size + 1);
    ssize_t got = read(fd, data, status.st_size);
    if (got != status.st_size) fail("cannot read", path);
    close(fd);
    data[got] = 0;
    *length = got;
    return data;
}

/* title, summary and tags from the YAML between the two "---" lines */
static void parse_front_matter(const char *yaml, size_t length, topic *t, buffer *tags) {
    yaml_parser_t parser;
    yaml_document_t document;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)yaml, length);
    if (!yaml_parser_load(&parser, &document)) {
        fprintf(stderr, "floor: bad front matter in %s\n", t->slug);
        exit(1);
    }
    yaml_node_t *root = yaml_document_get_root_node(&document);
    if (root && root->type == YAML_MAPPING_NODE) {
        for (yaml_node_pair_t *pair = root->data.mapping.pairs.start; pair < root->data.mapping.pairs.top; pair++) {
            yaml_node_t *key = yaml_document_get_node(&document, pair->key);
            yaml_node_t *value = yaml_document_get_node(&document, pair->value);
            const char *name = (const char *)key->data.scalar.value;
            if (value->type == YAML_SCALAR_NODE && strcmp(name, "title") == 0)
                t->title = strdup((const char *)value->data.scalar.value);
            else if (value->type == YAML_SCALAR_NODE && strcmp(name, "summary") == 0)
                t->summary = strdup((const char *)value->data.scalar.value);
            else if (value->type == YAML_SEQUENCE_NODE && strcmp(name, "tags") == 0) {
                for (yaml_node_item_t *item = value->data.sequence.items.start; item < value->data.sequence.items.top;
                     item++) {
                    yaml_node_t *tag = yaml_document_get_node(&document, *item);
                    append_text(tags, "<li>");
                    append_escaped(tags, (const char *)tag->data.scalar.value);
                    append_text(tags, "</li>");
                }
            }
        }
    }
    yaml_document_delete(&document);
    yaml_parser_delete(&parser);
}

static void write_page(const char *folder, const buffer *page) {
    if (mkdir(folder, 0755) != 0 && errno != EEXIST) fail("cannot make", folder);
    char path[4096];
    snprintf(path, sizeof path, "%s/index.html", folder);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, page->data, page->length) != (ssize_t)page->length) fail("cannot write", path);
    close(fd);
}

static void render(size_t index) {
    topic *t = &topics[index];
    char path[4096];
    snprintf(path, sizeof path, "%s/topics/%s", content, names[index]);
    size_t length;
    char *text = read_file(path, &length);
    t->slug = strndup(names[index], strlen(names[index]) - 3);
    const char *body = text;
    buffer tags = {0};
    if (strncmp(text, "---\n", 4) == 0) {
        const char *end = strstr(text + 4, "\n---\n");
        if (end) {
            parse_front_matter(text + 4, end - text - 3, t, &tags);
            body = end + 5;
        }
    }
    if (!t->title) t->title = strdup(t->slug);
    char *html = cmark_markdown_to_html(body, text + length - body, CMARK_OPT_DEFAULT);

    buffer page = {0};
    append_text(&page, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    append_escaped(&page, t->title);
    append_text(&page, "</title>\n<meta name=\"description\" content=\"");
    append_escaped(&page, t->summary ? t->summary : "");
    append_text(&page, "\">\n</head>\n<body>\n<nav><a href=\"../../\">Home</a> <a href=\"../\">Topics</a></nav>\n"
                       "<main>\n<h1>");
    append_escaped(&page, t->title);
    append_text(&page, "</h1>\n");
    append_text(&page, html);
    append_text(&page, "<ul class=\"tags\">");
    if (tags.length) append(&page, tags.data, tags.length);
    append_text(&page, "</ul>\n</main>\n</body>\n</html>\n");

    snprintf(path, sizeof path, "%s/topics/%s", output, t->slug);
    write_page(path, &page);
    free(page.data);
    free(tags.data);
    free(html);
    free(text);
}

static void *work(void *unused) {
    (void)unused;
    for (size_t index; (index = atomic_fetch_add(&next_index, 1)) < count;) render(index);
    return NULL;
}

static int compare_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: floor CONTENT OUTPUT [THREADS]\n");
        return 2;
    }
    content = argv[1];
    output = argv[2];
    int threads = argc > 3 ? atoi(argv[3]) : 2;
    char path[4096];
    snprintf(path, sizeof path, "%s/topics", content);
    DIR *folder = opendir(path);
    if (!folder) fail("cannot list", path);
    size_t capacity = 1024;
    names = malloc(capacity * sizeof *names);
    for (struct dirent *entry; (entry = readdir(folder));) {
        size_t length = strlen(entry->d_name);
        if (length < 4 || strcmp(entry->d_name + length - 3, ".md") != 0) continue;
        if (count == capacity) names = realloc(names, (capacity *= 2) * sizeof *names);
        names[count++] = strdup(entry->d_name);
    }
    closedir(folder);
    qsort(names, count, sizeof *names, compare_names);
    topics = calloc(count, sizeof *topics);

    if (mkdir(output, 0755) != 0 && errno != EEXIST) fail("cannot make", output);
    snprintf(path, sizeof path, "%s/topics", output);
    if (mkdir(path, 0755) != 0 && errno != EEXIST) fail("cannot make", path);
    pthread_t workers[64];
    if (threads < 1) threads = 1;
    if (threads > 64) threads = 64;
    for (int i = 0; i < threads; i++) pthread_create(&workers[i], NULL, work, NULL);
    for (int i = 0; i < threads; i++) pthread_join(workers[i], NULL);

    buffer index = {0};
    append_text(&index, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Topics</title>\n"
                        "</head>\n<body>\n<main>\n<h1>Topics</h1>\n<ul>\n");
    for (size_t i = 0; i < count; i++) {
        append_text(&index, "<li><a href=\"");
        append_escaped(&index, topics[i].slug);
        append_text(&index, "/\">");
        append_escaped(&index, topics[i].title);
        append_text(&index, "</a> ");
        append_escaped(&index, topics[i].summary ? topics[i].summary : "");
        append_text(&index, "</li>\n");
    }
    append_text(&index, "</ul>\n</main>\n</body>\n</html>\n");
    write_page(path, &index);
    return 0;
}
