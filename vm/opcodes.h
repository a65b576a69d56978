/*
 * The one list of opcodes: an X-macro that generates the opcode enum, the
 * names, the operand formats used by the disassembler and the dispatch table.
 *
 * Invariants:
 * - An instruction is one 64-bit word: op in bits 0-15, A in 16-31, B in
 *   32-47, C in 48-63. The "x" form reads B and C together as a signed
 *   32-bit value (jumps, constants, sizes). Jump offsets are relative to the
 *   instruction after the jump (and after its extension words).
 * - Some instructions are followed by extension words (EXT below): a raw
 *   pointer (Type*, Proto*, NativeFn, call-site cache) or an integer. The
 *   loop skips them; the disassembler prints them by kind.
 * - Registers are 16-bit indexes relative to the frame base.
 *
 * X(NAME, FORMAT, EXT)
 *   FORMAT: F_ABC (three registers/immediates), F_AX (A and signed 32-bit x),
 *           F_X (x only), F_ABSC (A, B register or signed immediate, C signed
 *           jump offset).
 *   EXT: E_NONE, E_TYPE (a Type*), E_PROTO (a Proto*), E_NATIVE (a native
 *        function), E_INT (an integer), E_CACHE (an interface-call cache),
 *        E_STR (a C string).
 */
#ifndef CSP_OPCODES_H
#define CSP_OPCODES_H

#include <stdint.h>

#define OPCODES(X)                                                                 \
    X(NOP, F_ABC, E_NONE)        /* nothing */                                     \
    X(MOVE, F_ABC, E_NONE)       /* R[A] = R[B] */                                 \
    X(LOADK, F_AX, E_NONE)       /* R[A] = K[x] */                                 \
    X(LOADI, F_AX, E_NONE)       /* R[A].i = x */                                  \
    X(LOADNIL, F_ABC, E_NONE)    /* R[A..A+B-1] = 0 */                             \
    X(GETG, F_AX, E_NONE)        /* R[A] = G[x] */                                 \
    X(SETG, F_AX, E_NONE)        /* G[x] = R[A] */                                 \
    X(ADDRG, F_AX, E_NONE)       /* R[A].p = &G[x] */                              \
    X(GETUP, F_ABC, E_NONE)      /* R[A] = up[B] (the cell pointer itself) */      \
    X(GETUPC, F_ABC, E_NONE)     /* R[A] = *up[B] */                               \
    X(SETUPC, F_ABC, E_NONE)     /* *up[B] = R[A] */                               \
    X(NEWCELL, F_ABC, E_NONE)    /* R[A] = new cell holding R[B] */                \
    X(LOADC, F_ABC, E_NONE)      /* R[A] = *R[B] (a cell, never nil) */            \
    X(STOREC, F_ABC, E_NONE)     /* *R[A] = R[B] (a cell, never nil) */            \
    X(DEREF, F_ABC, E_NONE)      /* R[A] = *R[B], nil check */                     \
    X(STOREP, F_ABC, E_NONE)     /* *R[A] = R[B], nil check */                     \
    X(NILCHK, F_ABC, E_NONE)     /* panic if R[A] is nil */                        \
    /* int64 arithmetic (sized types are re-extended by the EXT ops) */            \
    X(ADD, F_ABC, E_NONE)                                                          \
    X(SUB, F_ABC, E_NONE)                                                          \
    X(MUL, F_ABC, E_NONE)                                                          \
    X(DIV, F_ABC, E_NONE)                                                          \
    X(REM, F_ABC, E_NONE)                                                          \
    X(DIVU, F_ABC, E_NONE)                                                         \
    X(REMU, F_ABC, E_NONE)                                                         \
    X(AND, F_ABC, E_NONE)                                                          \
    X(OR, F_ABC, E_NONE)                                                           \
    X(XOR, F_ABC, E_NONE)                                                          \
    X(ANDNOT, F_ABC, E_NONE)                                                       \
    X(SHL, F_ABC, E_NONE)        /* count unsigned: >= 64 gives 0 */               \
    X(SHR, F_ABC, E_NONE)        /* arithmetic */                                  \
    X(SHRU, F_ABC, E_NONE)       /* logical */                                     \
    X(SHCHK, F_ABC, E_NONE)      /* panic if R[A].i < 0 (negative shift) */        \
    X(NEG, F_ABC, E_NONE)                                                          \
    X(BNOT, F_ABC, E_NONE)       /* ^x */                                          \
    X(NOT, F_ABC, E_NONE)        /* !x */                                          \
    X(ADDI, F_ABC, E_NONE)       /* R[A] = R[B] + sC */                            \
    X(MULI, F_ABC, E_NONE)       /* R[A] = R[B] * sC */                            \
    X(REMI, F_ABC, E_NONE)       /* R[A] = R[B] % sC (sC != 0, != -1) */          \
    X(DIVI, F_ABC, E_NONE)       /* R[A] = R[B] / sC (sC != 0, != -1) */          \
    X(ANDI, F_ABC, E_NONE)       /* R[A] = R[B] & sC */                            \
    X(SHLI, F_ABC, E_NONE)       /* R[A] = R[B] << C (C < 64) */                   \
    X(SHRI, F_ABC, E_NONE)       /* R[A] = R[B] >> C arithmetic */                 \
    X(SHRUI, F_ABC, E_NONE)      /* R[A] = R[B] >> C logical */                    \
    X(SEXT8, F_ABC, E_NONE)      /* R[A] = (int8)R[B] */                           \
    X(SEXT16, F_ABC, E_NONE)                                                       \
    X(SEXT32, F_ABC, E_NONE)                                                       \
    X(ZEXT8, F_ABC, E_NONE)                                                        \
    X(ZEXT16, F_ABC, E_NONE)                                                       \
    X(ZEXT32, F_ABC, E_NONE)                                                       \
    /* float64 arithmetic */                                                       \
    X(ADDF, F_ABC, E_NONE)                                                         \
    X(SUBF, F_ABC, E_NONE)                                                         \
    X(MULF, F_ABC, E_NONE)                                                         \
    X(DIVF, F_ABC, E_NONE)                                                         \
    X(NEGF, F_ABC, E_NONE)                                                         \
    X(ROUNDF32, F_ABC, E_NONE)   /* R[A] = (double)(float)R[B] */                  \
    /* complex arithmetic (runtime/cplx.h: each result a fresh immutable pair) */   \
    X(CADD, F_ABC, E_NONE)                                                         \
    X(CSUB, F_ABC, E_NONE)                                                         \
    X(CMUL, F_ABC, E_NONE)                                                         \
    X(CDIV, F_ABC, E_NONE)       /* Go's complex128div */                          \
    X(CNEG, F_ABC, E_NONE)                                                         \
    X(ROUNDC64, F_ABC, E_NONE)   /* R[A] = R[B] with float32-rounded parts */      \
    X(MKCPLX, F_ABC, E_NONE)     /* R[A] = complex(R[B].f, R[C].f) */              \
    X(REALC, F_ABC, E_NONE)      /* R[A].f = real(R[B]) */                         \
    X(IMAGC, F_ABC, E_NONE)      /* R[A].f = imag(R[B]) */                         \
    X(EQC, F_ABC, E_NONE)                                                          \
    X(NEC, F_ABC, E_NONE)                                                          \
    /* conversions */                                                              \
    X(I2F, F_ABC, E_NONE)        /* signed int to float64 */                       \
    X(U2F, F_ABC, E_NONE)        /* unsigned int to float64 */                     \
    X(F2I, F_ABC, E_NONE)        /* float to int64; C=1: via int32, as amd64 */    \
    X(F2U, F_ABC, E_NONE)        /* float to uint64 */                             \
    X(RUNE2STR, F_ABC, E_NONE)   /* string(rune) */                                \
    X(BYTES2STR, F_ABC, E_NONE)                                                    \
    X(STR2BYTES, F_ABC, E_NONE)                                                    \
    X(RUNES2STR, F_ABC, E_NONE)                                                    \
    X(STR2RUNES, F_ABC, E_NONE)                                                    \
    /* comparisons producing a bool */                                             \
    X(EQ, F_ABC, E_NONE)                                                           \
    X(NE, F_ABC, E_NONE)                                                           \
    X(LT, F_ABC, E_NONE)                                                           \
    X(LE, F_ABC, E_NONE)                                                           \
    X(LTU, F_ABC, E_NONE)                                                          \
    X(LEU, F_ABC, E_NONE)                                                          \
    X(EQF, F_ABC, E_NONE)                                                          \
    X(NEF, F_ABC, E_NONE)                                                          \
    X(LTF, F_ABC, E_NONE)                                                          \
    X(MINF, F_ABC, E_NONE)       /* min of floats: NaN wins, -0 < +0 */            \
    X(MAXF, F_ABC, E_NONE)       /* max of floats: NaN wins, +0 > -0 */            \
    X(LEF, F_ABC, E_NONE)                                                          \
    X(EQS, F_ABC, E_NONE)                                                          \
    X(NES, F_ABC, E_NONE)                                                          \
    X(LTS, F_ABC, E_NONE)                                                          \
    X(LES, F_ABC, E_NONE)                                                          \
    X(EQV, F_ABC, E_TYPE)        /* R[A] = R[B] == R[C] by value_equal */          \
    X(NEV, F_ABC, E_TYPE)                                                          \
    /* jumps */                                                                    \
    X(JMP, F_X, E_NONE)                                                            \
    X(JT, F_AX, E_NONE)          /* if R[A].i goto x */                            \
    X(JF, F_AX, E_NONE)          /* if !R[A].i goto x */                           \
    X(JLT, F_ABSC, E_NONE)       /* if R[A].i < R[B].i goto sC */                  \
    X(JLE, F_ABSC, E_NONE)                                                         \
    X(JEQ, F_ABSC, E_NONE)                                                         \
    X(JNE, F_ABSC, E_NONE)                                                         \
    X(JLTI, F_ABSC, E_NONE)      /* if R[A].i < sB goto sC */                      \
    X(JLEI, F_ABSC, E_NONE)                                                        \
    X(JGTI, F_ABSC, E_NONE)                                                        \
    X(JGEI, F_ABSC, E_NONE)                                                        \
    X(JEQI, F_ABSC, E_NONE)                                                        \
    X(JNEI, F_ABSC, E_NONE)                                                        \
    X(INCLT, F_ABSC, E_NONE)     /* R[A].i++; if R[A].i < R[B].i goto sC */        \
    /* strings */                                                                  \
    X(CONCAT, F_ABC, E_NONE)                                                       \
    X(LENS, F_ABC, E_NONE)                                                         \
    X(INDEXS, F_ABC, E_NONE)     /* R[A] = byte R[C] of string R[B] */             \
    X(SLICES, F_ABC, E_INT)      /* R[A] = R[B][lo:hi]; ext: lo reg | hi reg<<16 | flags<<32 */ \
    X(STRNEXT, F_ABC, E_NONE)    /* range over string: see vm.c */                 \
    /* aggregates */                                                               \
    X(NEWAGG, F_AX, E_NONE)      /* R[A] = new zeroed storage of x slots */        \
    X(DUPAGG, F_ABC, E_INT)      /* R[A] = copy of R[B]'s ext slots */             \
    X(COPYAGG, F_ABC, E_INT)     /* copy ext slots from R[B] into R[A] */          \
    X(GETF, F_ABC, E_NONE)       /* R[A] = R[B].p[C] */                            \
    X(SETF, F_ABC, E_NONE)       /* R[A].p[B] = R[C] */                            \
    X(ADDRF, F_ABC, E_NONE)      /* R[A].p = R[B].p + C */                         \
    X(GETFP, F_ABC, E_NONE)      /* as GETF, nil check */                          \
    X(SETFP, F_ABC, E_NONE)      /* as SETF, nil check */                          \
    X(ADDRFP, F_ABC, E_NONE)     /* as ADDRF, nil check */                         \
    X(COPYAGGP, F_ABC, E_INT)    /* as COPYAGG, nil check of R[A] and R[B] */      \
    X(DUPAGGP, F_ABC, E_INT)     /* as DUPAGG, nil check of R[B] */                \
    /* arrays (ext: length | elem slots << 32) */                                  \
    X(AINDEX, F_ABC, E_INT)      /* R[A] = R[B].p[R[C]] */                         \
    X(ASET, F_ABC, E_INT)        /* R[A].p[R[B]] = R[C] */                         \
    X(AADDR, F_ABC, E_INT)       /* R[A].p = &R[B].p[R[C]*slots] */                \
    /* slices (ext: elem slots) */                                                 \
    X(SINDEX, F_ABC, E_NONE)     /* R[A] = slice R[B][R[C]] (1-slot elements) */   \
    X(SSET, F_ABC, E_NONE)       /* slice R[A][R[B]] = R[C] */                     \
    X(SADDR, F_ABC, E_INT)       /* R[A].p = &slice R[B][R[C]] */                  \
    X(LENSL, F_ABC, E_NONE)                                                        \
    X(CAPSL, F_ABC, E_NONE)                                                        \
    X(RESLICE, F_ABC, E_INT)     /* R[A] = R[B][R[C]:R[C+1]:R[C+2]]; ext flags|slots<<8|len<<32 for arrays */ \
    X(SL2ARRP, F_ABC, E_INT)     /* R[A].p = slice R[B] as *[ext]T: its data, nil for a nil slice; panics if len < ext */ \
    X(MAKESLICE, F_ABC, E_TYPE)  /* R[A] = make([]T, R[B], R[C]) (C=0xffff: cap=len) */ \
    X(MKSLICE, F_ABC, E_TYPE)   /* R[A] = []T{R[B..B+C-1]} (aggregates: storage pointers) */ \
    X(APPEND, F_ABC, E_TYPE)     /* R[A] = append(R[A], R[B..B+C-1]) elem type */  \
    X(APPENDAGG, F_ABC, E_TYPE)  /* R[A] = append(R[A], *R[B]) aggregate elem */   \
    X(APPENDSL, F_ABC, E_TYPE)   /* R[A] = append(R[B], R[C]...) */                \
    X(APPENDSTR, F_ABC, E_NONE)  /* R[A] = append(R[B] []byte, R[C] string...) */  \
    X(COPYSL, F_ABC, E_TYPE)     /* R[A] = copy(R[B], R[C]) */                     \
    X(COPYSTR, F_ABC, E_NONE)    /* R[A] = copy(R[B] []byte, R[C] string) */       \
    X(CLEARSL, F_ABC, E_TYPE)    /* clear(R[A]) */                                 \
    /* maps (ext: the map type) */                                                 \
    X(MAKEMAP, F_ABC, E_TYPE)    /* R[A] = make(map, R[B]) (B=0xffff: no hint) */  \
    X(MAPGET, F_ABC, E_TYPE)     /* R[A] = R[B][R[C]] (copy of aggregates) */      \
    X(MAPGET2, F_ABC, E_TYPE)    /* R[A], R[A+1] = R[B][R[C]] */                   \
    X(MAPSET, F_ABC, E_TYPE)     /* R[A][R[B]] = R[C] */                           \
    X(MAPADDR, F_ABC, E_TYPE)    /* R[A].p = slot of R[B][R[C]] (insert) */        \
    X(MAPDEL, F_ABC, E_TYPE)     /* delete(R[A], R[B]) */                          \
    X(LENMAP, F_ABC, E_NONE)                                                       \
    X(CLEARMAP, F_ABC, E_NONE)                                                     \
    X(MAPITER, F_ABC, E_NONE)    /* R[A] = iterator over map R[B] */               \
    X(MAPNEXT, F_ABSC, E_TYPE)   /* R[A] iterator; key->R[B], value->R[B+1]; else goto sC */ \
    /* interfaces and types (ext: the type) */                                     \
    X(BOX, F_ABC, E_TYPE)        /* R[A] = interface holding R[B] of the type */   \
    X(UNBOX, F_ABC, E_TYPE)      /* R[A] = R[B].(T) concrete, panics */            \
    X(UNBOX2, F_ABC, E_TYPE)     /* R[A], R[A+1] = R[B].(T) concrete, ok */        \
    X(ICONV, F_ABC, E_TYPE)      /* R[A] = R[B].(I) interface, panics; C: from type */ \
    X(ICONV2, F_ABC, E_TYPE)     /* R[A], R[A+1] = R[B].(I) interface, ok */      \
    X(ITYPE, F_ABC, E_NONE)      /* R[A].p = dynamic Type* of R[B] */              \
    X(IMPLEMENTS, F_ABC, E_TYPE) /* R[A] = dynamic type of R[B] implements T */    \
    /* calls */                                                                    \
    X(CALL, F_ABC, E_NONE)       /* R[A..A+C-1] = R[A](R[A+1..A+B]) */             \
    X(CALLK, F_ABC, E_PROTO)     /* as CALL, callee known (ext: Proto*) */         \
    X(CALLN, F_ABC, E_NATIVE)    /* as CALL, native known (ext: NativeFn) */       \
    X(CALLI, F_ABC, E_CACHE)     /* interface method call; R[A+1] is the iface */  \
    X(RET, F_ABC, E_NONE)        /* return R[A..A+B-1] */                          \
    X(RET0, F_ABC, E_NONE)                                                         \
    X(RET1, F_ABC, E_NONE)       /* return R[A] */                                 \
    X(CLOSURE, F_AX, E_NONE)     /* R[A] = closure of proto K[x] */                \
    X(BINDM, F_ABC, E_NONE)      /* R[A] = bound method: fn R[B], receiver R[C] */ \
    X(IMETHOD, F_ABC, E_CACHE)   /* R[A] = bound method value of iface R[B] */     \
    X(DEFER, F_ABC, E_NONE)      /* defer R[A](R[A+1..A+B]) */                     \
    X(RUNDEFERS, F_ABC, E_NONE)  /* run this frame's defers (returns here) */      \
    X(PANIC, F_ABC, E_NONE)      /* panic(R[A]) */                                 \
    X(RECOVER, F_ABC, E_NONE)    /* R[A] = recover() */                            \
    X(PRINT, F_ABC, E_TYPE)      /* print R[A] of the type to stderr; B: 1 space, 2 newline */ \
    X(PANICRT, F_AX, E_NONE)     /* runtime panic with message K[x] */             \
    X(UNREACH, F_ABC, E_NONE)    /* missing return: panics */                      \
    /* channels and goroutines (runtime/chan.c, runtime/select.c, vm/goroutine.c) */ \
    X(MAKECHAN, F_ABC, E_TYPE)   /* R[A] = make(chan, R[B]) (B=0xffff: unbuffered); C: line */ \
    X(SEND, F_ABC, E_STR)        /* R[A] <- R[B]; C: aggregate slots to copy; ext: operand text */ \
    X(RECV, F_ABC, E_STR)        /* R[A] = <-R[B]; C&1: R[A+1] = ok; C>>1: aggregate slots */ \
    X(CLOSE, F_ABC, E_NONE)      /* close(R[A]) */                                 \
    X(LENCH, F_ABC, E_NONE)      /* R[A] = len(R[B]) of a channel */              \
    X(CAPCH, F_ABC, E_NONE)      /* R[A] = cap(R[B]) of a channel */              \
    X(SELECT, F_ABC, E_INT)      /* select over B cases, (chan, value) pairs at R[A+1..]; C&1: default; \
                                    C>>1: aggregate slots of received values; ext: uint8_t* send flags; \
                                    R[A] = case index (-1 default), R[A+1] = received value, R[A+2] = ok */ \
    X(GO, F_ABC, E_NONE)         /* go R[A](R[A+1..A+B]) */

/* Instruction formats, for the disassembler. */
enum { F_ABC, F_AX, F_X, F_ABSC };
/* Extension word kinds. */
enum { E_NONE, E_TYPE, E_PROTO, E_NATIVE, E_INT, E_CACHE, E_STR };

/* The opcodes. */
typedef enum Opcode {
#define X(name, fmt, ext) BC_##name,
    OPCODES(X)
#undef X
    BC__COUNT
} Opcode;

/* An instruction word. */
typedef uint64_t Instr;

/* Field access. */
#define INS_OP(i) ((unsigned)((i) & 0xffff))
#define INS_A(i) ((unsigned)(((i) >> 16) & 0xffff))
#define INS_B(i) ((unsigned)(((i) >> 32) & 0xffff))
#define INS_C(i) ((unsigned)((i) >> 48))
#define INS_SB(i) ((int)(int16_t)(((i) >> 32) & 0xffff))
#define INS_SC(i) ((int)(int16_t)((i) >> 48))
#define INS_X(i) ((int32_t)((i) >> 32))

/* Builds instructions. */
#define MK_ABC(op, a, b, c)                                                        \
    ((Instr)(op) | ((Instr)((a) & 0xffff) << 16) | ((Instr)((b) & 0xffff) << 32) |  \
     ((Instr)((c) & 0xffff) << 48))
#define MK_AX(op, a, x) ((Instr)(op) | ((Instr)((a) & 0xffff) << 16) | ((Instr)(uint32_t)(int32_t)(x) << 32))

/* Names, formats and extension kinds, indexed by opcode. */
extern const char *const opcode_names[BC__COUNT];
extern const unsigned char opcode_formats[BC__COUNT];
extern const unsigned char opcode_exts[BC__COUNT];

#endif
