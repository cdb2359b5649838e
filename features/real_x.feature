@real_x
Feature: Add X login with the real X
  With x_mode=real, IS talks to the real X. X's Developer Portal and sign-in page are X's own and are
  not scripted: the harness asks X what X answers without its UI, and a person signs in at X.
  These scenarios run only in that mode; the other features' scenarios that need mock X skip.

  Background:
    Given WSO2 Identity Server is registered as an app on X

  @doc:x-app-1 @doc:x-app-2 @doc:x-app-3 @doc:x-app-4 @doc:x-app-8
  Scenario: X knows the app by the API Key and API Key Secret the developer kept
    When the harness asks X for a request token with IS's /commonauth as the callback
    Then X accepts the request signed with the API Key and API Key Secret

  @doc:x-app-5 @doc:x-app-6 @doc:x-app-7
  Scenario: X approves IS's /commonauth as the app's Callback URI
    When the harness asks X for a request token with IS's /commonauth as the callback
    Then X confirms IS's /commonauth as the callback

  @doc:idp-6 @doc:try-1 @doc:try-2 @doc:try-3 @doc:try-4 @doc:try-5
  Scenario: A person signs in with their X account and the first login creates their account
    Given a Twitter connection holds that app's API Key and API Secret
    And the connection provisions users just in time
    And an application offers the connection in its first login step
    When a person starts signing in to the application with X
    Then X shows its sign-in page for the X app
    When the person signs in at X in the browser and authorizes the app
    Then the person is signed in to the application
    And a local account exists for the subject IS released to the application
    And the account is managed by X
    And the admin finds the account on the Console's Users page
