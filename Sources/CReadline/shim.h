#ifndef MELDCODE_CREADLINE_SHIM_H
#define MELDCODE_CREADLINE_SHIM_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 refuses direct writes to readline's C globals; these setters keep
// the configuration explicit and free of concurrency warnings.

static inline void meldcode_rl_set_catch_signals(int value) { rl_catch_signals = value; }
static inline void meldcode_rl_set_catch_sigwinch(int value) { rl_catch_sigwinch = value; }
static inline void meldcode_rl_set_completion(rl_completion_func_t *fn) { rl_attempted_completion_function = fn; }
static inline void meldcode_rl_set_completion_entry(rl_compentry_func_t *fn) { rl_completion_entry_function = fn; }
static inline void meldcode_rl_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void meldcode_rl_no_default_completion(void) { rl_attempted_completion_over = 1; }
static inline const char *meldcode_rl_line_buffer(void) { return rl_line_buffer; }
/// Clears what was typed and shows a fresh prompt (used on Ctrl-C).
static inline void meldcode_rl_clear_line(void) {
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}

#endif
