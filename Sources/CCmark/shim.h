#ifndef NBRUN_CCMARK_SHIM_H
#define NBRUN_CCMARK_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

/* The node types of the table and strikethrough extensions: exported by libcmark-gfm-extensions but declared
   only in its private headers. Valid once cmark_gfm_core_extensions_ensure_registered() has run. */
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;
#endif
