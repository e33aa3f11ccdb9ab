package dev.rolecall.batch;

/**
 * The k-th of n disjoint slices of a seed range ({@code --shard k/n}, 1-based), so a batch can
 * be spread over machines by any job runner; seed s belongs to shard ((s - start) mod n) + 1.
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard must be k/n with 1 <= k <= n, got " + index + "/" + count);
        }
    }

    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--shard must look like 2/8 (k of n), got '" + text + "'");
    }

    public boolean owns(long seed, long start) {
        return Math.floorMod(seed - start, (long) count) == index - 1;
    }
}
