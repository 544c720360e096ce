// Intentionally empty: this module only carries ICU's link flags and apt provider.
// ICU's headers are included by the C facade's .c files (Sources/CopydeskICU) and nowhere else.
#pragma once
