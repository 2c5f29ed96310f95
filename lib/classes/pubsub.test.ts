import { describe, expect, it } from "vitest";
import { createInProcessPubSub, type StoredClassEvent } from "./pubsub";

describe("the in-process pub/sub", () => {
  it("delivers a class's events to its subscribers only, in order, until they unsubscribe", () => {
    const pubsub = createInProcessPubSub();
    const heard: StoredClassEvent[] = [];
    const other: StoredClassEvent[] = [];
    const stop = pubsub.subscribe("a", (event) => heard.push(event));
    pubsub.subscribe("b", (event) => other.push(event));
    pubsub.publish("a", { id: 1, type: "vote-opened", data: { voteId: "v" } });
    pubsub.publish("a", { id: 2, type: "ballot", data: {} });
    expect(heard.map((event) => event.id)).toEqual([1, 2]);
    expect(other).toEqual([]);
    expect(pubsub.count("a")).toBe(1);
    stop();
    pubsub.publish("a", { id: 3, type: "vote-closed", data: {} });
    expect(heard).toHaveLength(2);
    expect(pubsub.count("a")).toBe(0);
  });

  it("keeps delivering when one listener throws", () => {
    const pubsub = createInProcessPubSub();
    const heard: number[] = [];
    const originalError = console.error;
    console.error = () => {};
    try {
      pubsub.subscribe("a", () => {
        throw new Error("closed stream");
      });
      pubsub.subscribe("a", (event) => heard.push(event.id));
      pubsub.publish("a", { id: 7, type: "snapshot", data: {} });
    } finally {
      console.error = originalError;
    }
    expect(heard).toEqual([7]);
  });
});
