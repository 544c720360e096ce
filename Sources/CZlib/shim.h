// zlib, for reading gzip-compressed JSON Lines exports.
#pragma once
#include <zlib.h>
