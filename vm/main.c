/*
 * The `csp` command: run a program (file, stdin or -e), print the version,
 * or disassemble a program's bytecode.
 *
 * Invariants: compile errors go to stderr through diag_flush with exit
 * status 1; a run returns the program's status (2 for an uncaught panic);
 * usage errors exit 2. os.Args is the script path followed by its arguments.
 */
#include <gc/gc.h>
#include <stdio.h>
#include <string.h>

#include "lexer/diag.h"
#include "parser/check.h"
#include "parser/parser.h"
#include "vm/disasm.h"
#include "vm/emit.h"
#include "vm/vm.h"

#define CSP_VERSION "0.1.0"

/* Prints the usage note. */
static int usage(void)
{
    fprintf(stderr,
            "usage: csp [run] FILE.go [args...]   run a program (FILE may be - for stdin)\n"
            "       csp -e 'code' [args...]       run a program given on the command line\n"
            "       csp disasm FILE.go            print the bytecode of every function\n"
            "       csp version                   print the version\n"
            "(the interactive REPL comes in a later version)\n");
    return 2;
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

int main(int argc, char **argv)
{
    GC_INIT();
    GC_set_warn_proc(GC_ignore_warn_proc);
    type_init();
    if (argc < 2) return usage();
    const char *cmd = argv[1];
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("csp version " CSP_VERSION "\n");
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        usage();
        return 0;
    }
    Source src;
    int first = 1;
    bool disasm = false;
    if (strcmp(cmd, "-e") == 0) {
        if (argc < 3) return usage();
        source_from_string(&src, "-e", argv[2]);
        first = 2;
    } else {
        if (strcmp(cmd, "run") == 0 || strcmp(cmd, "disasm") == 0) {
            disasm = strcmp(cmd, "disasm") == 0;
            if (argc < 3) return usage();
            first = 2;
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
