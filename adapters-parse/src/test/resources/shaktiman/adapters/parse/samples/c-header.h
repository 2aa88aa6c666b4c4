#ifndef UTIL_H
#define UTIL_H
#include <stddef.h>

typedef struct buffer { char *data; size_t len; } buffer_t;

int buffer_init(buffer_t *b, size_t cap);
extern int verbose;

#endif
