#ifndef NBRUN_CCMARK_SHIM_H
#define NBRUN_CCMARK_SHIM_H
#include <cmark.h>
#endif
