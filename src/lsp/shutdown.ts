/**
 * After `shutdown` the LSP spec accepts only `exit`: any other request gets
 * InvalidRequest. vscode-languageserver answers such requests normally, so
 * the server's handlers are guarded here, and no new work is started.
 */
import {ErrorCodes, ResponseError} from 'vscode-languageserver'

export const SHUT_DOWN_MESSAGE = 'scrapelint: the server is shut down; only "exit" is accepted'

export class ShutdownGate {
  private shut = false

  get isShutDown(): boolean {
    return this.shut
  }

  close(): void {
    this.shut = true
  }

  /** `handler`, answering InvalidRequest once the server is shut down. */
  guard<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
    return (...args) => {
      if (this.shut) throw new ResponseError(ErrorCodes.InvalidRequest, SHUT_DOWN_MESSAGE)
      return handler(...args)
    }
  }
}
