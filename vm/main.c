/*
 * The `csp` command: run a program (file, stdin or -e), print the version,
 * disassemble a program's bytecode, or, with no command, start the REPL.
 *
 * Invariants: compile errors go to stderr through diag_flush with exit
 * status 1; a run returns the program's status (2 for an uncaught panic);
 * usage errors exit 2. os.Args is the script path followed by its arguments.
 */
#include <errno.h>
#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "lexer/diag.h"
#include "parser/check.h"
#include "parser/parser.h"
#include "vm/disasm.h"
#include "vm/emit.h"
#include "vm/goroutine.h"
#include "vm/repl_term.h"
#include "vm/vm.h"

#define CSP_VERSION "0.1.0"

/* Prints the usage note. */
static int usage(void)
{
    fprintf(stderr,
            "usage: csp                           start the REPL (docs/repl.md)\n"
            "       csp [run] FILE.go [args...]   run a program (FILE may be - for stdin)\n"
            "       csp -e 'code' [args...]       run a program given on the command line\n"
            "       csp disasm FILE.go            print the bytecode of every function\n"
            "       csp version                   print the version\n"
            "flags (before FILE, or alone for the REPL):\n"
            "       --seed N        seed the scheduler (select choices, math/rand): a run is reproducible\n"
            "       --virtual-time  time stands still while goroutines can run; sleeps finish at once\n");
    return 2;
}

/* Consumes the scheduler flags at argv[*i] (--seed N, --seed=N,
 * --virtual-time); returns false (after a message) on a bad flag. */
static bool parse_flags(int argc, char **argv, int *i)
{
    while (*i < argc && strncmp(argv[*i], "--", 2) == 0 && argv[*i][2]) {
        const char *a = argv[*i];
        const char *val = NULL;
        if (strcmp(a, "--virtual-time") == 0) {
            vm_sched_virtual = true;
        } else if (strcmp(a, "--seed") == 0) {
            if (*i + 1 >= argc) {
                fprintf(stderr, "csp: --seed needs a number\n");
                return false;
            }
            val = argv[++*i];
        } else if (strncmp(a, "--seed=", 7) == 0) {
            val = a + 7;
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "--help") == 0) {
            return true;
        } else {
            fprintf(stderr, "csp: unknown flag %s\n", a);
            return false;
        }
        if (val) {
            char *end;
            errno = 0;
            unsigned long long n = strtoull(val, &end, 10);
            if (!*val || *end || errno || n == 0) {
                fprintf(stderr, "csp: --seed needs a positive number, not %s\n", val);
                return false;
            }
            vm_sched_seed = n;
        }
        ++*i;
    }
    return true;
}

/* Parses, checks and compiles one source; NULL (messages printed) on errors. */
static Module *compile(Source *src)
{
    Diag diag;
    memset(&diag, 0, sizeof diag);
    File *f = parse_file(src, &diag);
    if (!f || diag_count(&diag) > 0) {
        diag_flush(&diag, stderr);
        return NULL;
    }
    Program *prog = check_program(&f, 1, &diag);
    if (!prog || diag_count(&diag) > 0) {
        diag_flush(&diag, stderr);
        return NULL;
    }
    Module *m = emit_program(prog, &diag);
    if (!m || diag_count(&diag) > 0) {
        diag_flush(&diag, stderr);
        return NULL;
    }
    return m;
}

#ifdef __GLIBC__
/* The stack pointer at process entry, from glibc's dynamic loader. */
extern void *__libc_stack_end;
#endif

/* Maps in, with one system call, the first 512 KiB of the heap that
 * GC_expand_hp just reserved: Boehm hands out blocks from the start of the
 * section, and compiling hello.go and the packages it names fills about
 * 300 KiB of it. Touched one by one, those pages cost a page fault each,
 * about 8 microseconds apiece in the virtual machines we run on (Lua's
 * whole start-up takes about 105 faults), where populating costs about 1
 * microsecond a page; on bare metal the two are close. A kernel without
 * MADV_POPULATE_WRITE (before Linux 5.14) refuses it, which is harmless. */
static void prefault_heap(void)
{
#ifdef __linux__
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
    uintptr_t start = (uintptr_t)GC_MALLOC_ATOMIC(1) & ~(uintptr_t)4095;
    madvise((void *)start, 512 << 10, MADV_POPULATE_WRITE);
#endif
}

int main(int argc, char **argv)
{
    GC_set_dont_precollect(1);
#ifdef __GLIBC__
    /* The main stack's cold end, given so that GC_INIT need not find it by
     * parsing /proc/self/maps (pthread_getattr_np: about 100 K
     * instructions, a twentieth of hello.go's start-up). Nothing above it
     * (argv, environment, auxiliary vector) holds pointers to GC memory. */
    struct GC_stack_base sb = {.mem_base = __libc_stack_end};
    GC_set_stackbottom(NULL, &sb);
#endif
    GC_INIT();
    GC_set_warn_proc(GC_ignore_warn_proc);
    /* Collect before growing the heap by more than an eighth of it (Boehm's
     * default is a third): a million parked goroutines then peak at about
     * 0.25x Go's memory instead of 0.3x (bench/spawn.go), at no measurable
     * cost to allocation-heavy sequential programs. */
    GC_set_free_space_divisor(8);
    /* Start with a 2 MiB heap: compiling a program and the standard packages
     * it names allocates about that much, and growing the heap from Boehm's
     * 64 KiB in small steps costs a collection per step (8 for hello.go,
     * about 40% of its start-up instructions). */
    GC_expand_hp(2 << 20);
    prefault_heap();
    type_init();
    int first = 1;
    if (!parse_flags(argc, argv, &first)) return 2;
    if (argc <= first) return repl_term_main();
    const char *cmd = argv[first];
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("csp version " CSP_VERSION "\n");
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        usage();
        return 0;
    }
    Source src;
    bool disasm = false;
    if (strcmp(cmd, "-e") == 0) {
        if (argc < first + 2) return usage();
        source_from_string(&src, "-e", argv[first + 1]);
        first++;
    } else {
        if (strcmp(cmd, "run") == 0 || strcmp(cmd, "disasm") == 0) {
            disasm = strcmp(cmd, "disasm") == 0;
            first++;
            if (!parse_flags(argc, argv, &first)) return 2;
            if (argc <= first) return usage();
        }
        if (!source_load(&src, argv[first])) return 1;
    }
    Module *m = compile(&src);
    if (!m) return 1;
    if (disasm) {
        disasm_module(m, stdout);
        printf("\n");
        disasm_proto(m->entry, stdout);
        return 0;
    }
    return vm_run_main(m, argc - first, argv + first);
}
