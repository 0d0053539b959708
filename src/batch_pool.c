/* SPDX-License-Identifier: MIT */
/* The workers of skema batch; documented in include/batch_pool.h */
#include "batch_pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "skema_limits.h"
#include "xalloc.h"

enum { WINDOW = SKEMA_BATCH_WINDOW };

struct slot {
    char *path;
    char *why;
    struct batch_row row;
    bool done;
};

struct batch_pool {
    batch_job_fn job;
    const void *ctx;
    FILE *out;
    pthread_mutex_t lock;
    pthread_cond_t work, done;
    struct slot ring[WINDOW];
    size_t head, next, tail;      /* written < taken < filled */
    bool eof;
    size_t jobs;
    size_t idle;                  /* workers waiting for work */
    bool main_waiting;            /* for room in the window, or the end */
    pthread_t *threads;
    size_t started;
    /* totals and progress */
    size_t count[BATCH_STATUS__COUNT];
    size_t total;                 /* known only when progress is shown */
    bool progress;
    struct timespec start;
    double last_shown;
};

static double seconds_since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    /* wall time for the progress line only; never touches money */
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void show_progress(struct batch_pool *p, bool final)
{
    double s = seconds_since(&p->start);
    if (!p->progress || s < 1.0 || (!final && s - p->last_shown < 0.2))
        return;
    p->last_shown = s;
    double rate = (double)p->head / s;
    fprintf(stderr, "\r%zu/%zu files, %.0f files/s, %.0f s left   ", p->head,
            p->total, rate, rate > 0 ? (double)(p->total - p->head) / rate : 0.0);
    if (final)
        fputc('\n', stderr);
}

/* Write the finished rows at the head of the window; lock held. */
static void flush(struct batch_pool *p)
{
    while (p->head < p->next && p->ring[p->head % WINDOW].done) {
        struct slot *s = &p->ring[p->head % WINDOW];
        fputs(s->row.line, p->out);
        p->count[s->row.status]++;
        free(s->row.line);
        free(s->path);
        free(s->why);
        memset(s, 0, sizeof *s);
        p->head++;
        show_progress(p, false);
    }
}

static void *worker(void *arg)
{
    struct batch_pool *p = arg;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (p->next == p->tail && !p->eof) {
            p->idle++;
            pthread_cond_wait(&p->work, &p->lock);
            p->idle--;
        }
        if (p->next == p->tail)
            break;
        struct slot *s = &p->ring[p->next++ % WINDOW];
        pthread_mutex_unlock(&p->lock);
        struct batch_row r = p->job(s->path, s->why, p->ctx, NULL);
        pthread_mutex_lock(&p->lock);
        s->row = r;
        s->done = true;
        /* whoever finishes the oldest row writes what is ready; the main
         * thread sleeps until half the window is free (or all is written),
         * so that it is woken once per many rows, not for each */
        if (s == &p->ring[p->head % WINDOW])
            flush(p);
        if (p->main_waiting && (p->tail - p->head <= WINDOW / 2 ||
                                (p->eof && p->head == p->tail))) {
            p->main_waiting = false;
            pthread_cond_signal(&p->done);
        }
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

struct batch_pool *batch_pool_new(size_t jobs, FILE *out, batch_job_fn job,
                                  const void *ctx)
{
    struct batch_pool *p = xcalloc(1, sizeof *p);
    p->job = job;
    p->ctx = ctx;
    p->out = out;
    p->jobs = jobs < 1 ? 1 : jobs > SKEMA_MAX_JOBS ? SKEMA_MAX_JOBS : jobs;
    jobs = p->jobs;
    p->threads = xcalloc(jobs, sizeof *p->threads);
    clock_gettime(CLOCK_MONOTONIC, &p->start);
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    if (jobs > 1)
        for (; p->started < jobs; p->started++)
            if (pthread_create(&p->threads[p->started], NULL, worker, p) != 0)
                break;
    if (jobs > 1 && p->started == 0)
        p->jobs = 1;   /* no threads to be had: do the work here */
    return p;
}

void batch_pool_progress(struct batch_pool *p, size_t total)
{
    p->progress = true;
    p->total = total;
}

void batch_pool_add(struct batch_pool *p, const char *path, const char *why)
{
    if (p->jobs == 1) {
        /* one worker: no threads, no window, the row straight out */
        struct batch_row r = p->job(path, why, p->ctx, p->out);
        p->count[r.status]++;
        p->head++;
        show_progress(p, false);
        return;
    }
    pthread_mutex_lock(&p->lock);
    while (p->tail - p->head == WINDOW) {
        flush(p);
        if (p->tail - p->head == WINDOW) {
            p->main_waiting = true;
            pthread_cond_wait(&p->done, &p->lock);
        }
    }
    struct slot *s = &p->ring[p->tail % WINDOW];
    s->path = xstrdup(path);
    s->why = why ? xstrdup(why) : NULL;
    s->done = false;
    p->tail++;
    if (p->idle)   /* a wake-up is a system call: only for a waiting worker */
        pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->lock);
}

void batch_pool_finish(struct batch_pool *p, size_t count[BATCH_STATUS__COUNT])
{
    pthread_mutex_lock(&p->lock);
    p->eof = true;
    pthread_cond_broadcast(&p->work);
    while (p->head < p->tail) {
        flush(p);
        if (p->head < p->tail) {
            p->main_waiting = true;
            pthread_cond_wait(&p->done, &p->lock);
        }
    }
    pthread_mutex_unlock(&p->lock);
    for (size_t i = 0; i < p->started; i++)
        pthread_join(p->threads[i], NULL);
    p->started = 0;
    show_progress(p, true);
    memcpy(count, p->count, sizeof p->count);
}

void batch_pool_free(struct batch_pool *p)
{
    if (!p)
        return;
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    free(p->threads);
    free(p);
}
