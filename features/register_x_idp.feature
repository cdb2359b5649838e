Feature: Register the X IdP
  The admin adds X to WSO2 Identity Server as a Custom Connector that holds the Twitter authenticator,
  with the API Key and API Secret X issued and the Callback URL registered on X.

  Background:
    Given WSO2 Identity Server is registered as an app on X

  @doc:idp-1 @doc:idp-2 @doc:idp-3
  Scenario: The admin creates a Custom Connector for X
    When the admin goes to Connections and creates a Custom Connector with a name and a description
    Then IS has a connection with that name and description

  @doc:idp-4 @doc:idp-5 @doc:idp-6
  Scenario: The Twitter authenticator keeps the API Key, API Secret and Callback URL the admin typed
    Given the admin has created a Custom Connector for X
    When the admin adds the Twitter authenticator with the X app's API Key, API Secret and IS's Callback URL
    Then the connection's Twitter authenticator holds that API Key and Callback URL
    And the connection's Twitter authenticator holds that API Secret

  @doc:idp-6 @doc:try-3
  Scenario: IS signs in with X using the API Key and Callback URL the admin typed
    Given the admin has created a Custom Connector for X
    And the admin has added the Twitter authenticator with the X app's API Key, API Secret and IS's Callback URL
    And an application offers the connection in its first login step
    When a person starts signing in to the application with X
    Then X shows its sign-in page for the X app
    And IS asked X for a request token with the API Key the admin typed
    And the callback IS gave X is the configured Callback URL carrying IS's state
    And X accepted IS's signature made with the API Secret

  @doc:idp-doc-typo
  Scenario: The section that registers X names X
    When a reader reads the doc's section "Register the X IdP"
    Then every other provider the section names is reported as a defect of the doc
