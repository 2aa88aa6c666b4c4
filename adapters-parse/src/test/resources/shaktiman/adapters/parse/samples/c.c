/* Licence. */
#include <stdio.h>
#include "util.h"

#define MAX 10

typedef struct point { int x; int y; } point_t;

struct node { struct node *next; };

enum color { RED, GREEN };

union value { int i; float f; };

static int counter = 0;
const char *name = "c";

static int helper(int v) { return v * 2; }

int *make(void) { return NULL; }

int main(int argc, char **argv) {
    printf("%d\n", helper(argc));
    return 0;
}
