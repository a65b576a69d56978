/*
 * The disassembler and the opcode tables generated from vm/opcodes.h.
 *
 * Invariants: it reads Protos only; every operand is printed by its opcode's
 * format, every extension word by its kind, so a new opcode needs no code
 * here.
 */
#include "vm/disasm.h"

#include <inttypes.h>

#include "runtime/type.h"
#include "runtime/value.h"

const char *const opcode_names[BC__COUNT] = {
#define X(name, fmt, ext) #name,
    OPCODES(X)
#undef X
};
const unsigned char opcode_formats[BC__COUNT] = {
#define X(name, fmt, ext) fmt,
    OPCODES(X)
#undef X
};
const unsigned char opcode_exts[BC__COUNT] = {
#define X(name, fmt, ext) ext,
    OPCODES(X)
#undef X
};

/* Prints a constant compactly. */
static void print_const(const Proto *p, int i, FILE *out)
{
    if (i < 0 || i >= p->nk) return;
    fprintf(out, "  ; K[%d]=0x%" PRIx64, i, p->k[i].u);
}

void disasm_proto(const Proto *p, FILE *out)
{
    fprintf(out, "function %s (%s:%d) params=%d results=%d regs=%d upvalues=%d constants=%d\n",
            p->name ? p->name : "<entry>", p->src ? p->src->name : "?", p->line, p->nparams, p->nresults,
            p->nregs, p->nup, p->nk);
    for (int pc = 0; pc < p->ncode; pc++) {
        Instr ins = p->code[pc];
        unsigned op = INS_OP(ins);
        if (op >= BC__COUNT) {
            fprintf(out, "  %4d [%4d] ??? %016" PRIx64 "\n", pc, p->lines ? p->lines[pc] : 0, ins);
            continue;
        }
        fprintf(out, "  %4d [%4d] %-10s", pc, p->lines ? p->lines[pc] : 0, opcode_names[op]);
        int next = pc + 1 + (opcode_exts[op] != E_NONE);
        switch (opcode_formats[op]) {
        case F_ABC:
            if (op == BC_ADDI || op == BC_MULI || op == BC_REMI || op == BC_DIVI || op == BC_ANDI)
                fprintf(out, " %u %u %d", INS_A(ins), INS_B(ins), INS_SC(ins));
            else
                fprintf(out, " %u %u %u", INS_A(ins), INS_B(ins), INS_C(ins));
            break;
        case F_AX:
            fprintf(out, " %u %d", INS_A(ins), INS_X(ins));
            if (op == BC_LOADK || op == BC_CLOSURE || op == BC_PANICRT) print_const(p, INS_X(ins), out);
            if (op == BC_JT || op == BC_JF) fprintf(out, "  ; to %d", next + INS_X(ins));
            break;
        case F_X: fprintf(out, " %d  ; to %d", INS_X(ins), next + INS_X(ins)); break;
        case F_ABSC:
            fprintf(out, " %u %d %d  ; to %d", INS_A(ins), INS_SB(ins), INS_SC(ins), next + INS_SC(ins));
            break;
        }
        if (opcode_exts[op] != E_NONE && pc + 1 < p->ncode) {
            uint64_t e = p->code[++pc];
            switch (opcode_exts[op]) {
            case E_TYPE: fprintf(out, "  ; %s", e ? type_to_string((Type *)(uintptr_t)e) : "-"); break;
            case E_PROTO: {
                const Proto *q = (const Proto *)(uintptr_t)e;
                fprintf(out, "  ; %s", q && q->name ? q->name : "?");
                break;
            }
            case E_NATIVE: fprintf(out, "  ; native"); break;
            case E_CACHE: {
                const ICache *c = (const ICache *)(uintptr_t)e;
                fprintf(out, "  ; .%s", c->name);
                break;
            }
            case E_STR: fprintf(out, "  ; \"%s\"", (const char *)(uintptr_t)e); break;
            default: fprintf(out, "  ; 0x%" PRIx64, e); break;
            }
        }
        fputc('\n', out);
    }
}

void disasm_module(const Module *m, FILE *out)
{
    for (int i = 0; i < m->nprotos; i++) {
        if (i) fputc('\n', out);
        disasm_proto(m->protos[i], out);
    }
}
