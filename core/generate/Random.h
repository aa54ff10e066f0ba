#pragma once

#include <QtGlobal>

#include <cstddef>

/**
 * A small deterministic generator (SplitMix64) for the generated data sets: the same
 * seed gives the same database on every platform and standard library, which
 * std::uniform_*_distribution does not promise.
 */
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /** 0 … n-1. */
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    /** lo … hi, both included. */
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    /** [0, 1). */
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return uniform() < p; }
    /** About normal (mean 0, sd 1): a sum of four uniforms, no libm. */
    double normal() { return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508075688772; }

    template<typename T, std::size_t N> const T& pick(const T (&items)[N]) { return items[below(int(N))]; }

private:
    quint64 m_state;
};
