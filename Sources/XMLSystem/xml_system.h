// Intentionally empty: this module only carries libxml2's build and link flags and apt provider.
#pragma once
