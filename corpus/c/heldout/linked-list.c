/* Singly linked list of pending jobs for the print spooler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct job {
    int id;
    char *document;
    struct job *next;
};

struct job *job_push(struct job *head, int id, const char *document)
{
    struct job *j = malloc(sizeof *j);
    if (j == NULL)
        return head;
    // ok: memory.null
    j->id = id;
    j->document = strdup(document);
    if (j->document == NULL) {
        free(j);
        return head;
    }
    j->next = head;
    return j;
}

void job_free(struct job *j)
{
    free(j->document);
    free(j);
}

struct job *job_cancel(struct job *head, int id)
{
    struct job *prev = NULL, *cur = head;
    while (cur != NULL) {
        if (cur->id == id) {
            struct job *next = cur->next;
            job_free(cur);
            if (prev)
                prev->next = next;
            else
                head = next;
            return head;
        }
        prev = cur;
        cur = cur->next;
    }
    return head;
}

void job_list_clear(struct job *head)
{
    struct job *cur = head;
    while (cur != NULL) {
        free(cur->document);
        free(cur);
        // expect: memory.lifetime
        cur = cur->next;
    }
}

int job_print_and_release(struct job *j)
{
    int rc = printf("printing job %d: %s\n", j->id, j->document);
    free(j->document);
    if (rc < 0) {
        free(j);
        return -1;
    }
    // expect: memory.lifetime
    free(j->document);
    free(j);
    return 0;
}

void job_reset_document(struct job *j, const char *document)
{
    free(j->document);
    j->document = NULL;
    // ok: memory.lifetime
    if (j->document == NULL)
        j->document = strdup(document);
}
